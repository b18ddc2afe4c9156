using System;
using System.Collections.Generic;
using System.Globalization;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Binding;

/// <summary>Where a value is written: its document, whether it belongs to a deprecated term, and (for entries) the entries it refers to.</summary>
internal sealed record ValueOrigin(SeedDocument Document, bool InsideDeprecated, List<EntryDecl>? References);

/// <summary>Checks a seed value against the type of its property or field and turns it into a <see cref="ValueSpec"/>.</summary>
internal sealed class ValueBinder
{
    private readonly BindingContext _context;
    private readonly SymbolTable _symbols;
    private readonly TermLookup _terms;
    private readonly DeprecationBinder _deprecations;

    // A member value's spec depends on the member alone (its type is the enum's, never a list or optional once an element):
    // thousands of entries naming a handful of members share a handful of specs.
    private readonly Dictionary<SeedMember, ValueSpec> _memberValues = new(ReferenceComparer<SeedMember>.Instance);

    // TypeRef.ElementType copies a list or optional type; the declared types are the same few instances for every entry,
    // so each one's element type is made once.
    private readonly Dictionary<TypeRef, TypeRef> _elementTypes = new(ReferenceComparer<TypeRef>.Instance);

    public ValueBinder(BindingContext context, SymbolTable symbols, TermLookup terms, DeprecationBinder deprecations)
    {
        _context = context;
        _symbols = symbols;
        _terms = terms;
        _deprecations = deprecations;
    }

    /// <summary>The value for a property or field the seed leaves out: null when optional, else GTD0003 is the caller's to report.</summary>
    public static ValueSpec? Missing(TypeRef type) => type.IsOptional ? Scalar(ValueKind.Null, string.Empty, type) : null;

    /// <summary>Null, with the error reported, when the value does not fit the target's type.</summary>
    public ValueSpec? Bind(ValueTarget target, SeedValue value, ValueOrigin origin) => Bind(target, target.Type, value, origin);

    private ValueSpec? Bind(ValueTarget target, TypeRef type, SeedValue value, ValueOrigin origin)
    {
        if (value.Kind == SeedValueKind.Null)
        {
            return type.IsOptional ? Scalar(ValueKind.Null, string.Empty, type) : Mismatch(target, type, value, origin);
        }

        if (!type.IsList)
        {
            return BindScalar(target, type, value, origin);
        }

        if (value.Kind != SeedValueKind.Array)
        {
            return Mismatch(target, type, value, origin);
        }

        // Every item is bound (each reports its own error); the list is kept only when all of them fit.
        var items = new ValueSpec[value.Items.Count];
        bool ok = true;
        for (int i = 0; i < items.Length; i++)
        {
            ValueSpec? spec = Bind(target, ElementTypeOf(type), value.Items[i], origin);
            ok &= spec is not null;
            items[i] = spec!;
        }

        return ok ? new ValueSpec(ValueKind.List, string.Empty, type, new EquatableArray<ValueSpec>(items)) : null;
    }

    private ValueSpec? BindScalar(ValueTarget target, TypeRef type, SeedValue value, ValueOrigin origin)
    {
        TypeRef scalar = ElementTypeOf(type);
        switch (type.Kind)
        {
            case SeedTypeKind.String when value.Kind == SeedValueKind.String:
                return Scalar(ValueKind.String, value.Text, scalar);
            case SeedTypeKind.Int when value.Kind == SeedValueKind.Number
                && int.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int number):
                return Scalar(ValueKind.Int, CanonicalInt(value.Text, number), scalar);
            case SeedTypeKind.Bool when value.Kind is SeedValueKind.True or SeedValueKind.False:
                return Scalar(ValueKind.Bool, value.Text, scalar);
            case SeedTypeKind.Date when value.Kind == SeedValueKind.String
                && DateTime.TryParseExact(value.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime date):
                return new ValueSpec(ValueKind.Date, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), scalar, EquatableArray<ValueSpec>.Empty,
                    new DateSpec(date.Year, date.Month, date.Day));
            case SeedTypeKind.Uri when value.Kind == SeedValueKind.String && Uri.TryCreate(value.Text, UriKind.Absolute, out _):
                return Scalar(ValueKind.Uri, value.Text, scalar);
            case SeedTypeKind.Enum when value.Kind == SeedValueKind.String:
                return BindMember((EnumDecl)_symbols.ByFullName(type.FullName), scalar, value, origin);
            case SeedTypeKind.Record when value.Kind == SeedValueKind.String:
                return BindEntry((RecordDecl)_symbols.ByFullName(type.FullName), scalar, value, origin);
            default:
                return Mismatch(target, type, value, origin);
        }
    }

    private TypeRef ElementTypeOf(TypeRef type)
    {
        if (!type.IsList && !type.IsOptional)
        {
            return type;
        }

        if (!_elementTypes.TryGetValue(type, out TypeRef? element))
        {
            element = type.ElementType;
            _elementTypes.Add(type, element);
        }

        return element;
    }

    private ValueSpec? BindMember(EnumDecl e, TypeRef type, SeedValue value, ValueOrigin origin)
    {
        if (_terms.FindMember(e, value.Text, value.Location, origin.Document) is not SeedMember member)
        {
            return null;
        }

        if (member.Deprecated is SeedDeprecation deprecated)
        {
            _deprecations.ReportUse($"Member '{member.Code.Value}' of enum '{e.Name}'", deprecated, value.Location, origin.InsideDeprecated);
        }

        if (!_memberValues.TryGetValue(member, out ValueSpec? spec))
        {
            spec = Scalar(ValueKind.EnumMember, member.Name.Value, type);
            _memberValues.Add(member, spec);
        }

        return spec;
    }

    private ValueSpec? BindEntry(RecordDecl record, TypeRef type, SeedValue value, ValueOrigin origin)
    {
        if (_terms.FindEntry(record, new LocatedString(value.Text, value.Location), origin.Document) is not { PropertyName: string property } target)
        {
            return null;
        }

        if (target.Seed.Deprecated is SeedDeprecation deprecated)
        {
            _deprecations.ReportUse($"Entry '{target.Key}' of '{record.Name}'", deprecated, value.Location, origin.InsideDeprecated);
        }

        _context.Depend(origin.Document, target.Document);
        origin.References?.Add(target);
        return Scalar(ValueKind.RecordEntry, property, type);
    }

    /// <summary>The number as C# writes it: the seed's own text (shared by the parser) when it is already that.</summary>
    private static string CanonicalInt(string text, int number)
    {
        bool negative = text.Length > 1 && text[0] == '-';
        int firstDigit = negative ? 1 : 0;
        bool canonical = text.Length > firstDigit && (text[firstDigit] != '0' || (text.Length == 1));
        for (int i = firstDigit; canonical && i < text.Length; i++)
        {
            canonical = text[i] is >= '0' and <= '9';
        }

        return canonical ? text : number.ToString(CultureInfo.InvariantCulture);
    }

    private static ValueSpec Scalar(ValueKind kind, string text, TypeRef type) => new(kind, text, type, EquatableArray<ValueSpec>.Empty);

    private ValueSpec? Mismatch(ValueTarget target, TypeRef type, SeedValue value, ValueOrigin origin)
    {
        string actual = value.Kind switch
        {
            SeedValueKind.String => "the string \"" + Shorten(value.Text) + "\"",
            SeedValueKind.Number => "the number " + Shorten(value.Text),
            SeedValueKind.True or SeedValueKind.False => "a boolean",
            SeedValueKind.Null => "null",
            SeedValueKind.Array => "an array",
            _ => "an object",
        };
        _context.ReportError(origin.Document, DiagnosticDescriptors.WrongValueType, value.Location, target.Name, target.WrittenType.Value, actual, Expected(type));
        return null;
    }

    private static string Expected(TypeRef type)
    {
        string element = type.Kind switch
        {
            SeedTypeKind.String => "a string",
            SeedTypeKind.Int => "an integer from -2147483648 to 2147483647",
            SeedTypeKind.Bool => "true or false",
            SeedTypeKind.Date => "a date as \"YYYY-MM-DD\"",
            SeedTypeKind.Uri => "an absolute URI string",
            SeedTypeKind.Enum => $"a code of enum '{ShortName(type.FullName)}' as a string",
            _ => $"the key of a '{ShortName(type.FullName)}' entry as a string",
        };
        string text = type.IsList ? "an array of " + element.Substring(element.IndexOf(' ') + 1) + " values" : element;
        return type.IsOptional ? text + " (or null)" : text;
    }

    private static string ShortName(string fullName) => fullName.Substring(fullName.LastIndexOf('.') + 1);

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "…";
}
