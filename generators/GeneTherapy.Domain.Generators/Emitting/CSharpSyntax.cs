using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using GeneTherapy.Domain.Generators.Collections;
using GeneTherapy.Domain.Generators.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace GeneTherapy.Domain.Generators.Emitting;

/// <summary>
/// The one path by which seed text becomes C#: string literals, XML doc text, identifiers, type names
/// and values. Nothing user-written reaches generated code any other way.
/// </summary>
internal static partial class CSharpSyntax
{
    public static readonly string GeneratedCodeAttribute =
        "[global::System.CodeDom.Compiler.GeneratedCode(\"GeneTherapy.Domain.Generators\", \""
        + typeof(CSharpSyntax).Assembly.GetName().Version!.ToString() + "\")]";

    public const string SourceType = "global::GeneTherapy.Domain.Source";
    public const string TermInfoType = "global::GeneTherapy.Domain.TermInfo";
    public const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";

    public static void WriteSummary(SourceWriter writer, string? text, string fallback)
    {
        writer.WriteLine("/// <summary>");
        foreach (string line in DocLines(string.IsNullOrWhiteSpace(text) ? fallback : text!))
        {
            if (line.Length == 0)
            {
                writer.WriteLine("///");
            }
            else
            {
                writer.WriteLine($"/// {line}");
            }
        }

        writer.WriteLine("/// </summary>");
    }

    public static void WriteSourceRemarks(SourceWriter writer, SourceRef? source)
    {
        if (source is not null)
        {
            writer.WriteLine($"/// <remarks>Source: {DocInlineOf(source.Title)} (<see cref=\"{source.Namespace}.{GeneratedNames.SourcesClass}.{source.PropertyName}\"/>).</remarks>");
        }
    }

    public static string Identifier(string name)
        => CouldBeKeyword(name, 0, name.Length)
            && (SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) == SyntaxKind.UnderscoreToken)
            ? "@" + name
            : name;

    public static string Global(string fullName)
    {
        if (!AnyPartCouldBeKeyword(fullName))
        {
            return "global::" + fullName;
        }

        var builder = new StringBuilder("global::");
        string[] parts = fullName.Split('.');
        for (int i = 0; i < parts.Length; i++)
        {
            builder.Append(i == 0 ? string.Empty : ".").Append(Identifier(parts[i]));
        }

        return builder.ToString();
    }

    /// <summary>
    /// Whether <c>name[start..end)</c> could be a C# keyword or <c>_</c>: every keyword is lowercase ASCII letters and
    /// underscores, so a name with any other character (an uppercase letter, a digit) needs no lookup. Generated code
    /// names thousands of members and entries, nearly all PascalCase.
    /// </summary>
    private static bool CouldBeKeyword(string name, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (name[i] is not ((>= 'a' and <= 'z') or '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AnyPartCouldBeKeyword(string fullName)
    {
        int start = 0;
        for (int i = 0; i <= fullName.Length; i++)
        {
            if (i == fullName.Length || fullName[i] == '.')
            {
                if (CouldBeKeyword(fullName, start, i))
                {
                    return true;
                }

                start = i + 1;
            }
        }

        return false;
    }

    public static string TypeName(TypeRef type)
    {
        string element = BuiltInTypeName(type.Kind) ?? Global(type.FullName);
        string result = type.IsList ? ReadOnlyList + "<" + element + ">" : element;
        return type.IsOptional ? result + "?" : result;
    }

    /// <summary>The C# name of a built-in seed type; null for an enum or a record (their global name).</summary>
    public static string? BuiltInTypeName(SeedTypeKind kind) => kind switch
    {
        SeedTypeKind.String => "string",
        SeedTypeKind.Int => "int",
        SeedTypeKind.Bool => "bool",
        SeedTypeKind.Date => "global::System.DateTime",
        SeedTypeKind.Uri => "global::System.Uri",
        _ => null,
    };

    public static string Value(ValueSpec value)
    {
        var builder = new StringBuilder();
        AppendValue(builder, value);
        return builder.ToString();
    }

    /// <summary>
    /// The throw expression for a parameter <c>value</c> that is not a member of enum <paramref name="enumName"/>: the
    /// runtime builds the exception out of line, which keeps an array lookup small enough to inline (0.56 ns; 2.5 ns with
    /// the exception built in place; docs/benchmarks.md).
    /// </summary>
    public static string ThrowUndefinedValue(string enumName) => "throw global::GeneTherapy.Domain.UndefinedValue.Exception(value, " + Literal(enumName) + ")";

    /// <summary>Whether building the value allocates, so that it is built once and kept in a field.</summary>
    public static bool Allocates(ValueSpec value) => value.Kind is ValueKind.Uri or ValueKind.List;

    /// <summary>
    /// The <c>[Obsolete]</c> attribute of a deprecated member or entry: the reason, then the replacement by its C#
    /// name (<paramref name="owner"/>.Name) and its code or key, so the compiler's warning says what to use instead.
    /// </summary>
    public static string ObsoleteAttribute(DeprecationSpec deprecation, string owner, string codeKind)
        => "[global::System.Obsolete(" + Literal(DeprecationMessage(deprecation, owner, codeKind)) + ")]";

    private static string DeprecationMessage(DeprecationSpec deprecation, string owner, string codeKind)
    {
        string reason = deprecation.Reason;
        if (reason.Length > 0 && reason.TrimEnd('"', '\'', ')', ']').LastOrDefault() is not ('.' or '!' or '?'))
        {
            reason += ".";
        }

        return deprecation.ReplacementName is null
            ? reason
            : $"{reason} Use {owner}.{deprecation.ReplacementName} ({codeKind} '{deprecation.ReplacementCode}') instead.";
    }

    public static string SourceExpression(SourceRef source) => Global(source.Namespace + "." + GeneratedNames.SourcesClass) + "." + Identifier(source.PropertyName);

    /// <summary>Writes the file header and opens the namespace; disposing closes it.</summary>
    public static SourceWriter.Block OpenNamespace(SourceWriter w, string ns)
    {
        w.WriteLine("// <auto-generated/>");
        w.WriteLine("#nullable enable");
        // Seeds may deprecate members and entries that generated code still lists and refers to; GTD0026 reports
        // uses of deprecated terms in the seeds themselves, where the author can act on them.
        w.WriteLine("#pragma warning disable CS0612, CS0618");
        w.WriteLine();
        w.WriteLine("namespace " + Global(ns).Substring("global::".Length));
        return w.Braces();
    }

    /// <summary>
    /// Writes the members every catalog shares: <c>All</c> (read-only, in the given order) and an
    /// ordinal <c>TryGet</c> whose switch maps each key to its property.
    /// </summary>
    /// <param name="assignedByStaticConstructor">
    /// Whether a static constructor assigns <c>All</c> and the key index (see <see cref="WriteLookupAssignments"/>)
    /// instead of initialisers: a catalog split across files needs that, because the initialisers of its parts run in
    /// no defined order.
    /// </param>
    public static void WriteLookup(SourceWriter w, string elementType, string allSummary, string keyName, string valueName, string what,
        bool annotate, IEnumerable<(string Key, string PropertyName)> items, bool assignedByStaticConstructor = false)
    {
        // Chunked: a catalog's keys, one pair per entry, would otherwise be a large-object array (ChunkedList).
        var list = new ChunkedList<(string Key, string PropertyName)>(items);
        w.WriteLine();
        w.WriteLine($"/// <summary>{allSummary}</summary>");
        if (assignedByStaticConstructor)
        {
            w.WriteLine($"public static {ReadOnlyList}<{elementType}> {GeneratedNames.All} {{ get; }}");
        }
        else
        {
            w.WriteLine($"public static {ReadOnlyList}<{elementType}> {GeneratedNames.All} {{ get; }} = {AllExpression(elementType)}");
            WriteAllItems(w, list);
        }

        w.WriteLine();
        w.WriteLine($"/// <summary>Finds the {what} with {keyName} <paramref name=\"{keyName}\"/>, comparing ordinally.</summary>");
        w.WriteLine($"/// <param name=\"{keyName}\">The {keyName} to look up.</param>");
        w.WriteLine($"/// <param name=\"{valueName}\">The {what}, or <c>null</c> when none has that {keyName}.</param>");
        w.WriteLine("/// <returns>Whether a match was found.</returns>");
        w.WriteLine($"public static bool {GeneratedNames.TryGet}(string? {keyName},");
        if (annotate)
        {
            w.WriteLine("    [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)]");
        }

        w.WriteLine($"    out {elementType}? {valueName})");
        WriteStringLookupBody(w, keyName, valueName, "null", elementType, new ChunkedList<(string, string)>(list.Select(x => (x.Key, Identifier(x.PropertyName)))), assignedByStaticConstructor);
    }

    /// <summary>The statements of a static constructor that fill what <see cref="WriteLookup"/> declared without initialisers.</summary>
    public static void WriteLookupAssignments(SourceWriter w, string elementType, IReadOnlyList<(string Key, string PropertyName)> items)
    {
        w.WriteLine($"{GeneratedNames.All} = {AllExpression(elementType)}");
        WriteAllItems(w, items);
        if (items.Count > SwitchLimit)
        {
            w.WriteLine($"{GeneratedNames.CatalogIndexField} = {GeneratedNames.CatalogIndexFactory}();");
        }
    }

    private static string AllExpression(string elementType) => $"global::System.Array.AsReadOnly(new {elementType}[]";

    private static void WriteAllItems(SourceWriter w, IEnumerable<(string Key, string PropertyName)> items)
    {
        using (w.Braces("});"))
        {
            foreach ((string _, string property) in items)
            {
                w.WriteLine($"{Identifier(property)},");
            }
        }
    }

    /// <summary>
    /// Above this many keys a lookup is a dictionary instead of a <c>switch</c>: the C# compiler's cost for a string
    /// switch grows faster than linearly (5,000 cases took 8 s to compile, 20,000 ran out of 16 GB), while a
    /// switch is faster at run time for the sizes vocabularies usually have.
    /// </summary>
    public const int SwitchLimit = 256;

    /// <summary>
    /// The body of a method that maps a string key to a value ordinally: a switch up to <see cref="SwitchLimit"/>
    /// keys, else a static dictionary filled in declaration order. The dictionary's field is declared here, after
    /// the members it reads, because static initialisers run in textual order.
    /// </summary>
    public static void WriteStringLookupBody(SourceWriter w, string keyName, string valueName, string missing, string valueType, IReadOnlyList<(string Key, string Value)> cases,
        bool assignedByStaticConstructor = false)
    {
        if (cases.Count <= SwitchLimit)
        {
            using (w.Braces())
            {
                w.WriteLine($"switch ({keyName})");
                using (w.Braces())
                {
                    foreach ((string key, string value) in cases)
                    {
                        w.WriteLine($"case {LiteralOf(key)}: {valueName} = {value}; return true;");
                    }

                    w.WriteLine($"default: {valueName} = {missing}; return false;");
                }
            }

            return;
        }

        WriteIndexedLookupBody(w, keyName, valueName, missing, valueType, cases, assignedByStaticConstructor);
    }

    /// <summary>The dictionary form of <see cref="WriteStringLookupBody"/>: the body, the index field and the method that fills it.</summary>
    private static void WriteIndexedLookupBody(SourceWriter w, string keyName, string valueName, string missing, string valueType, IReadOnlyList<(string Key, string Value)> cases,
        bool assignedByStaticConstructor)
    {
        using (w.Braces())
        {
            w.WriteLine($"if ({keyName} is null)");
            using (w.Braces())
            {
                w.WriteLine($"{valueName} = {missing};");
                w.WriteLine("return false;");
            }

            w.WriteLine();
            w.WriteLine($"return {GeneratedNames.CatalogIndexField}.TryGetValue({keyName}, out {valueName});");
        }

        string dictionary = "global::System.Collections.Generic.Dictionary<string, " + valueType + ">";
        w.WriteLine();
        w.WriteLine(assignedByStaticConstructor
            ? $"private static readonly {dictionary} {GeneratedNames.CatalogIndexField};"
            : $"private static readonly {dictionary} {GeneratedNames.CatalogIndexField} = {GeneratedNames.CatalogIndexFactory}();");
        w.WriteLine();
        w.WriteLine($"private static {dictionary} {GeneratedNames.CatalogIndexFactory}()");
        using (w.Braces())
        {
            w.WriteLine($"var index = new {dictionary}({cases.Count}, global::System.StringComparer.Ordinal);");
            foreach ((string key, string value) in cases)
            {
                w.WriteLine($"index.Add({LiteralOf(key)}, {value});");
            }

            w.WriteLine("return index;");
        }
    }
}
