using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Model;
using GeneTherapy.Domain.Generators.Parsing;
using Microsoft.CodeAnalysis;

namespace GeneTherapy.Domain.Generators.Binding;

/// <summary>
/// Binds all parsed seed documents together: checks names, duplicates, references and value types
/// across files, and turns the documents that are free of errors into output specs.
/// </summary>
/// <remarks>
/// A document with an error generates nothing, and neither does a document that uses something
/// declared in it (a type, a source, an entry): the rest still generates, so one bad file never
/// costs the output of unrelated files, and never leaves generated code that fails to compile.
/// </remarks>
internal sealed class SeedBinder
{
    public const int MinimumLanguageVersion = 900;

    private static readonly string[] s_objectMembers = { "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize" };
    private static readonly string[] s_enumGeneratedMembers = { "ToCode", "GetLabel", "GetInfo", "TryParseCode", "Values", "CodeTable" };
    private static readonly string[] s_recordGeneratedMembers = { "Source", "EqualityContract", "PrintMembers", "Deconstruct" };
    private static readonly string[] s_catalogGeneratedMembers = { "All", "TryGet", "IsDeprecated" };
    private static readonly string[] s_sourcesGeneratedMembers = { "All", "TryGet" };

    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly CancellationToken _cancellationToken;
    private readonly Dictionary<string, SourceDecl> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeDecl> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SeedLocation> _fullNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Dictionary<string, SourceDecl>> _sourcesByNamespace = new(StringComparer.Ordinal);
    private readonly HashSet<(string From, string To)> _dependencies = new();
    private readonly HashSet<string> _silentlyFailed = new(StringComparer.Ordinal);
    private Dictionary<SeedLocation, CodeSystemIdentity> _codeSystems = new();

    /// <summary>
    /// Set when a seed file could not be read at all: what it declares is unknown, so "unknown type,
    /// source, code or key" errors elsewhere are likely its echo. They are not reported (the file's
    /// GTD0001 is), but the files that have them still generate nothing.
    /// </summary>
    private bool _someFileUnreadable;

    /// <summary>
    /// Whether the member or entry being bound is itself deprecated: like C#, which does not warn about obsolete
    /// uses inside obsolete code, its references to other deprecated terms are not reported (GTD0026).
    /// </summary>
    private bool _bindingDeprecated;

    private SeedBinder(CancellationToken cancellationToken) => _cancellationToken = cancellationToken;

    public static BindResult BindVocabulary(ImmutableArray<ParseResult> results, CompilationFacts facts, CancellationToken cancellationToken)
    {
        var binder = new SeedBinder(cancellationToken);
        return binder.Bind(results, facts);
    }

    private BindResult Bind(ImmutableArray<ParseResult> results, CompilationFacts facts)
    {
        // Files arrive in whatever order the host gives them; output must not depend on it.
        List<SeedDocument> documents = results
            .Where(r => r.Document is not null)
            .Select(r => r.Document!)
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ToList();

        var failedPaths = new HashSet<string>(StringComparer.Ordinal);
        _someFileUnreadable = results.Any(r => r.Document is null);
        foreach (ParseResult result in results)
        {
            foreach (DiagnosticInfo diagnostic in result.Diagnostics)
            {
                if (diagnostic.IsError)
                {
                    failedPaths.Add(diagnostic.Location.Path);
                }
            }
        }

        _diagnostics.AddRange(IdentifierTextCheck.Check(documents));
        DeclareSources(documents);
        DeclareTypes(documents);
        _codeSystems = CodeSystemBinder.BindCodeSystems(documents, _diagnostics);
        List<EnumDecl> enums = _types.Values.OfType<EnumDecl>().OrderBy(t => t.Order).ToList();
        List<RecordDecl> records = _types.Values.OfType<RecordDecl>().OrderBy(t => t.Order).ToList();
        foreach (EnumDecl e in enums)
        {
            ResolveEnumProperties(e);
        }

        foreach (RecordDecl r in records)
        {
            ResolveRecordFields(r);
        }

        CollectEntries(documents);
        foreach (EnumDecl e in enums)
        {
            BindMembers(e);
        }

        foreach (RecordDecl r in records)
        {
            foreach (EntryDecl entry in r.Entries)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                BindEntry(r, entry);
            }
        }

        CheckRecordCycles(records);
        foreach (RecordDecl r in records)
        {
            r.OrderedEntries = OrderEntries(r);
        }

        List<SeedDocument> own = documents.Where(d => d.Kind == SeedKind.Own).ToList();
        bool canEmit = own.Count > 0 && CheckCompilation(facts, own[0].Path);

        foreach (DiagnosticInfo diagnostic in _diagnostics)
        {
            if (diagnostic.IsError)
            {
                failedPaths.Add(diagnostic.Location.Path);
            }
        }

        failedPaths.UnionWith(_silentlyFailed);

        HashSet<string> emitted = canEmit ? EmittablePaths(own, failedPaths) : new HashSet<string>(StringComparer.Ordinal);
        List<OutputSpec> outputs = BuildOutputs(emitted, enums, records, facts.HasNotNullWhen);
        List<DiagnosticInfo> diagnostics = _diagnostics
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        return new BindResult(outputs.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    // ---- declarations -------------------------------------------------------------------------

    private void DeclareSources(List<SeedDocument> documents)
    {
        foreach (SeedDocument document in documents)
        {
            if (Names.CheckNamespace(document.Namespace.Value) is string problem)
            {
                Report(DiagnosticDescriptors.InvalidIdentifier, document.Namespace.Location, document.Namespace.Value, "a namespace", problem);
            }

            foreach (SeedSource source in document.Sources)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                if (_sources.TryGetValue(source.Id.Value, out SourceDecl? first))
                {
                    Report(DiagnosticDescriptors.DuplicateSource, source.Id.Location, source.Id.Value, Describe(first.Seed.Id.Location));
                    continue;
                }

                var decl = new SourceDecl(source, document, Names.ToPascalIdentifier(source.Id.Value));
                _sources.Add(source.Id.Value, decl);
                if (decl.PropertyName is null)
                {
                    Report(DiagnosticDescriptors.InvalidIdentifier, source.Id.Location, source.Id.Value, "a source", "the id needs at least one letter or digit");
                    continue;
                }

                if (source.Url is not null && !Uri.TryCreate(source.Url.Value, UriKind.Absolute, out _))
                {
                    Report(DiagnosticDescriptors.WrongValueType, source.Url.Location, "url", "uri", "not an absolute URI", "an absolute URI such as \"https://example.org/page\"");
                }

                if (source.Kind is not null && SourceKinds.MemberName(source.Kind.Value) is null)
                {
                    // Added directly: the kinds are a fixed list, so this is never the echo of another file's failure.
                    _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownCode, source.Kind.Location, source.Kind.Value, SourceKinds.EnumName, SourceKinds.CodeList));
                }

                if (!_sourcesByNamespace.TryGetValue(document.Namespace.Value, out Dictionary<string, SourceDecl>? inNamespace))
                {
                    inNamespace = new Dictionary<string, SourceDecl>(StringComparer.Ordinal);
                    _sourcesByNamespace.Add(document.Namespace.Value, inNamespace);
                    ReserveFullName(document.Namespace.Value + ".Sources", source.Id.Location, "the generated class 'Sources'");
                }

                if (IsReserved(decl.PropertyName, s_sourcesGeneratedMembers) || decl.PropertyName == "Sources")
                {
                    Report(DiagnosticDescriptors.NameClash, source.Id.Location, decl.PropertyName, decl.PropertyName, "the generated class 'Sources'");
                }
                else if (inNamespace.TryGetValue(decl.PropertyName, out SourceDecl? other))
                {
                    Report(DiagnosticDescriptors.DuplicateName, source.Id.Location, "Source property", decl.PropertyName, Describe(other.Seed.Id.Location));
                }
                else
                {
                    inNamespace.Add(decl.PropertyName, decl);
                }
            }
        }
    }

    private void DeclareTypes(List<SeedDocument> documents)
    {
        int order = 0;
        foreach (SeedDocument document in documents)
        {
            foreach (SeedEnum seed in document.Enums)
            {
                var decl = new EnumDecl(seed, document, order++);
                if (DeclareType(decl, "an enum"))
                {
                    ReserveFullName(decl.FullName + "Extensions", seed.Name.Location, $"the generated class '{seed.Name.Value}Extensions'");
                    ReserveFullName(decl.FullName + "JsonConverter", seed.Name.Location, $"the generated class '{seed.Name.Value}JsonConverter'");
                }
            }

            foreach (SeedRecord seed in document.Records)
            {
                LocatedString catalog = seed.Catalog ?? new LocatedString(seed.Name.Value + "Catalog", seed.Name.Location);
                var decl = new RecordDecl(seed, document, order++, catalog.Value);
                if (DeclareType(decl, "a record") && seed.Key is not null)
                {
                    if (Names.CheckTypeName(catalog.Value) is string problem)
                    {
                        Report(DiagnosticDescriptors.InvalidIdentifier, catalog.Location, catalog.Value, "a catalog class", problem);
                    }
                    else if (IsReserved(catalog.Value, s_catalogGeneratedMembers))
                    {
                        // A class may not have a member of its own name (CS0542).
                        Report(DiagnosticDescriptors.NameClash, catalog.Location, catalog.Value, catalog.Value, $"the catalog '{catalog.Value}' itself");
                    }
                    else
                    {
                        ReserveFullName(document.Namespace.Value + "." + catalog.Value, catalog.Location, $"the catalog '{catalog.Value}'");
                    }
                }
            }
        }

        // A type and a namespace of the same full name cannot both exist.
        var namespaces = new Dictionary<string, SeedLocation>(StringComparer.OrdinalIgnoreCase);
        foreach (SeedDocument document in documents)
        {
            string[] parts = document.Namespace.Value.Split('.');
            for (int i = 1; i <= parts.Length; i++)
            {
                string ns = string.Join(".", parts, 0, i);
                if (!namespaces.ContainsKey(ns))
                {
                    namespaces.Add(ns, document.Namespace.Location);
                }
            }
        }

        foreach (KeyValuePair<string, SeedLocation> name in _fullNames.OrderBy(n => n.Key, StringComparer.Ordinal))
        {
            if (namespaces.TryGetValue(name.Key, out SeedLocation? ns))
            {
                Report(DiagnosticDescriptors.DuplicateName, name.Value, "Type", name.Key, Describe(ns) + ", as a namespace");
            }
        }
    }

    private bool DeclareType(TypeDecl decl, string what)
    {
        LocatedString name = decl.NameLocation;
        if (Names.CheckTypeName(name.Value) is string problem)
        {
            Report(DiagnosticDescriptors.InvalidIdentifier, name.Location, name.Value, what, problem);
            return false;
        }

        if (_types.TryGetValue(name.Value, out TypeDecl? first))
        {
            Report(DiagnosticDescriptors.DuplicateName, name.Location, "Type", name.Value, Describe(first.NameLocation.Location));
            return false;
        }

        _types.Add(name.Value, decl);
        return ReserveFullName(decl.FullName, name.Location, $"{what} '{name.Value}'");
    }

    /// <summary>
    /// Full names are unique ignoring case: generated files are named after them, and hosts treat
    /// file names that differ only in case as the same file.
    /// </summary>
    private bool ReserveFullName(string fullName, SeedLocation location, string what)
    {
        if (_fullNames.TryGetValue(fullName, out SeedLocation? first))
        {
            if (first != location)
            {
                Report(DiagnosticDescriptors.DuplicateName, location, "Type", fullName + $" (for {what})", Describe(first));
            }

            return false;
        }

        _fullNames.Add(fullName, location);
        return true;
    }

    // ---- types of fields and properties ----------------------------------------------------------

    private void ResolveEnumProperties(EnumDecl e)
    {
        var seen = new Dictionary<string, SeedLocation>(StringComparer.Ordinal);
        foreach (SeedField property in e.Seed.Properties)
        {
            string name = property.Name.Value;
            if (!CheckFieldName(property.Name, $"a property of enum '{e.Name}'", seen))
            {
                e.Properties.Add(null);
                continue;
            }

            if (IsReserved(name, s_enumGeneratedMembers) || IsReserved(name, s_objectMembers) || name == e.Name + "Extensions")
            {
                Report(DiagnosticDescriptors.NameClash, property.Name.Location, name, name, $"the generated class '{e.Name}Extensions'");
                e.Properties.Add(null);
                continue;
            }

            TypeRef? type = ResolveType(property.Type, e.Document);
            e.Properties.Add(type is null ? null : new PropertySpec(name, type, property.Summary));
        }
    }

    private void ResolveRecordFields(RecordDecl r)
    {
        r.Source = ResolveSource(r.Seed.Source, r.Document);
        var seen = new Dictionary<string, SeedLocation>(StringComparer.Ordinal);
        var parameters = new HashSet<string>(StringComparer.Ordinal) { "source" };
        foreach (SeedField field in r.Seed.Fields)
        {
            string name = field.Name.Value;
            if (!CheckFieldName(field.Name, $"a field of record '{r.Name}'", seen))
            {
                r.Fields.Add(null);
                continue;
            }

            if (IsReserved(name, s_recordGeneratedMembers) || IsReserved(name, s_objectMembers) || name == r.Name)
            {
                Report(DiagnosticDescriptors.NameClash, field.Name.Location, name, name, $"the generated record '{r.Name}'");
                r.Fields.Add(null);
                continue;
            }

            if (IsReserved(name, SeedFormat.EntryProperties))
            {
                Report(DiagnosticDescriptors.InvalidIdentifier, field.Name.Location, name, $"a field of record '{r.Name}'",
                    $"entries use \"{name}\" for their {(name == SeedFormat.EntrySource ? "source" : "deprecation")}, so no field can take that name; rename the field");
                r.Fields.Add(null);
                continue;
            }

            TypeRef? type = ResolveType(field.Type, r.Document);
            string parameter = Names.ToParameterName(name);
            while (!parameters.Add(parameter))
            {
                parameter += "_";
            }

            r.Fields.Add(type is null ? null : new FieldSpec(name, parameter, type, field.Summary));
        }

        if (r.Seed.Key is LocatedString key)
        {
            FieldSpec? keyField = r.Fields.FirstOrDefault(f => f is not null && f.Name == key.Value);
            if (keyField is null || keyField.Type != new TypeRef(SeedTypeKind.String, string.Empty, false, false))
            {
                // A field that failed to resolve has been reported already.
                if (keyField is not null || r.Seed.Fields.All(f => f.Name.Value != key.Value))
                {
                    Report(DiagnosticDescriptors.InvalidKeyField, key.Location, key.Value, r.Name);
                }
            }
            else
            {
                r.KeyField = keyField;
            }
        }
    }

    private bool CheckFieldName(LocatedString name, string what, Dictionary<string, SeedLocation> seen)
    {
        if (Names.CheckMemberName(name.Value) is string problem)
        {
            Report(DiagnosticDescriptors.InvalidIdentifier, name.Location, name.Value, what, problem);
            return false;
        }

        if (seen.TryGetValue(name.Value, out SeedLocation? first))
        {
            Report(DiagnosticDescriptors.DuplicateName, name.Location, "Name", name.Value, Describe(first));
            return false;
        }

        seen.Add(name.Value, name.Location);
        return true;
    }

    private TypeRef? ResolveType(LocatedString text, SeedDocument from)
    {
        if (!TypeParser.TrySplit(text.Value, out string name, out bool isList, out bool isOptional))
        {
            Report(DiagnosticDescriptors.InvalidType, text.Location, text.Value);
            return null;
        }

        if (TypeParser.BuiltIn(name) is SeedTypeKind builtIn)
        {
            return new TypeRef(builtIn, string.Empty, isList, isOptional);
        }

        if (!_types.TryGetValue(name, out TypeDecl? decl))
        {
            Report(DiagnosticDescriptors.UnknownType, text.Location, name);
            return null;
        }

        Depend(from, decl.Document);
        return decl is RecordDecl record
            ? new TypeRef(SeedTypeKind.Record, decl.FullName, isList, isOptional, record.Document.Namespace.Value + "." + record.CatalogName)
            : new TypeRef(SeedTypeKind.Enum, decl.FullName, isList, isOptional);
    }

    // ---- entries ----------------------------------------------------------------------------------

    private void CollectEntries(List<SeedDocument> documents)
    {
        foreach (SeedDocument document in documents)
        {
            foreach (SeedEntryGroup group in document.EntryGroups)
            {
                if (!_types.TryGetValue(group.Record.Value, out TypeDecl? decl) || decl is not RecordDecl record)
                {
                    Report(DiagnosticDescriptors.UnknownRecord, group.Record.Location, group.Record.Value);
                    continue;
                }

                Depend(document, record.Document);
                if (record.Seed.Key is null)
                {
                    Report(DiagnosticDescriptors.MissingRequiredProperty, record.NameLocation.Location, $"Record '{record.Name}', which has entries,", "key");
                    continue;
                }

                foreach (SeedEntry entry in group.Entries)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                    CollectEntry(record, document, entry);
                }
            }
        }
    }

    private void CollectEntry(RecordDecl record, SeedDocument document, SeedEntry entry)
    {
        string keyName = record.Seed.Key!.Value;
        SeedNamedValue? keyValue = entry.Values.FirstOrDefault(v => v.Name.Value == keyName);
        if (keyValue is null)
        {
            Report(DiagnosticDescriptors.MissingRequiredProperty, Start(entry.Location), $"An entry of '{record.Name}'", keyName);
            return;
        }

        if (keyValue.Value.Kind != SeedValueKind.String)
        {
            // Reported with the other values when the entry is bound.
            record.Entries.Add(new EntryDecl(entry, document, null, null));
            return;
        }

        string key = keyValue.Value.Text;
        if (record.EntriesByKey.TryGetValue(key, out EntryDecl? first))
        {
            Report(DiagnosticDescriptors.DuplicateKey, keyValue.Value.Location, "Key", key, record.Name, Describe(first.Seed.Location));
            return;
        }

        string? property = Names.ToPascalIdentifier(key);
        if (property is null)
        {
            Report(DiagnosticDescriptors.InvalidIdentifier, keyValue.Value.Location, key, $"an entry of '{record.Name}'", "the key needs at least one letter or digit");
            return;
        }

        if (IsReserved(property, s_catalogGeneratedMembers) || IsReserved(property, s_objectMembers) || property == record.CatalogName)
        {
            Report(DiagnosticDescriptors.NameClash, keyValue.Value.Location, key, property, $"the catalog '{record.CatalogName}'");
            return;
        }

        if (record.EntriesByProperty.TryGetValue(property, out EntryDecl? clash))
        {
            Report(DiagnosticDescriptors.DuplicateKey, keyValue.Value.Location, "Property name", property, record.Name, Describe(clash.Seed.Location));
            return;
        }

        var decl = new EntryDecl(entry, document, key, property);
        record.EntriesByKey.Add(key, decl);
        record.EntriesByProperty.Add(property, decl);
        record.Entries.Add(decl);
    }

    private void BindEntry(RecordDecl record, EntryDecl entry)
    {
        var values = new ValueSpec[record.Fields.Count];
        bool ok = entry.Key is not null;
        _bindingDeprecated = entry.Seed.Deprecated is not null;
        if (entry.Seed.Deprecated is SeedDeprecation deprecated)
        {
            entry.Deprecation = BindEntryDeprecation(record, entry, deprecated);
            ok &= entry.Deprecation is not null;
        }
        var given = new Dictionary<string, SeedNamedValue>(StringComparer.Ordinal);
        foreach (SeedNamedValue value in entry.Seed.Values)
        {
            given[value.Name.Value] = value;
            if (record.Seed.Fields.All(f => f.Name.Value != value.Name.Value))
            {
                string? nearest = NameMatcher.Nearest(value.Name.Value, record.Seed.Fields.Select(f => f.Name.Value).Concat(SeedFormat.EntryProperties));
                Report(DiagnosticDescriptors.UnknownProperty, value.Name.Location, value.Name.Value, $"record '{record.Name}'",
                    nearest is null ? string.Empty : $"; did you mean '{nearest}'?");
            }
        }

        for (int i = 0; i < record.Fields.Count; i++)
        {
            FieldSpec? field = record.Fields[i];
            if (field is null)
            {
                ok = false;
                continue;
            }

            if (!given.TryGetValue(field.Name, out SeedNamedValue? value))
            {
                if (field.Type.IsOptional)
                {
                    values[i] = new ValueSpec(ValueKind.Null, string.Empty, field.Type, EquatableArray<ValueSpec>.Empty);
                }
                else
                {
                    Report(DiagnosticDescriptors.MissingRequiredProperty, Start(entry.Seed.Location), $"An entry of '{record.Name}'", field.Name);
                    ok = false;
                }

                continue;
            }

            ValueSpec? spec = BindValue(field.Name, field.Type, RawTypeText(record.Seed.Fields, field.Name), value.Value, entry.Document, entry.References);
            if (spec is null)
            {
                ok = false;
            }
            else
            {
                values[i] = spec;
            }
        }

        entry.Source = ResolveSource(entry.Seed.Source, entry.Document) ?? record.Source;
        if (entry.Seed.Source is not null && entry.Source is null)
        {
            ok = false;
        }

        entry.Values = ok ? values : null;
    }

    private DeprecationSpec? BindEntryDeprecation(RecordDecl record, EntryDecl entry, SeedDeprecation deprecated)
    {
        if (deprecated.Replacement is not LocatedString replacement)
        {
            return new DeprecationSpec(deprecated.Reason.Value, null, null);
        }

        if (!record.EntriesByKey.TryGetValue(replacement.Value, out EntryDecl? target))
        {
            string? nearest = NameMatcher.Nearest(replacement.Value, record.EntriesByKey.Keys.OrderBy(k => k, StringComparer.Ordinal));
            Report(DiagnosticDescriptors.UnknownKey, replacement.Location, replacement.Value, record.Name, nearest is null ? string.Empty : $"; did you mean '{nearest}'?");
            return null;
        }

        if (!IsCurrentReplacement(replacement, target == entry, target.Seed.Deprecated is not null, "entry", $"entry '{entry.Key}' of '{record.Name}'", $"entry of '{record.Name}'"))
        {
            return null;
        }

        Depend(entry.Document, target.Document);
        return new DeprecationSpec(deprecated.Reason.Value, target.PropertyName, target.Key);
    }

    /// <summary>Reports GTD0025 when an existing replacement is the deprecated term itself or deprecated too.</summary>
    private bool IsCurrentReplacement(LocatedString replacement, bool isItself, bool isDeprecated, string kind, string what, string current)
    {
        string? problem = isItself ? $"it is the deprecated {kind} itself" : isDeprecated ? "it is deprecated too" : null;
        if (problem is not null)
        {
            Report(DiagnosticDescriptors.InvalidReplacement, replacement.Location, replacement.Value, what, problem, current);
        }

        return problem is null;
    }

    private Dictionary<SeedMember, DeprecationSpec> BindMemberDeprecations(EnumDecl e)
    {
        var result = new Dictionary<SeedMember, DeprecationSpec>();
        foreach (SeedMember member in e.Seed.Members)
        {
            if (member.Deprecated is not SeedDeprecation deprecated)
            {
                continue;
            }

            if (deprecated.Replacement is not LocatedString replacement)
            {
                result.Add(member, new DeprecationSpec(deprecated.Reason.Value, null, null));
                continue;
            }

            SeedMember? target = e.Seed.Members.FirstOrDefault(m => m.Code.Value == replacement.Value);
            if (target is null)
            {
                ReportUnknownCode(e, replacement.Value, replacement.Location);
            }
            else if (IsCurrentReplacement(replacement, ReferenceEquals(target, member), target.Deprecated is not null, "member",
                $"member '{member.Name.Value}' of enum '{e.Name}'", $"member of enum '{e.Name}'"))
            {
                result.Add(member, new DeprecationSpec(deprecated.Reason.Value, target.Name.Value, target.Code.Value));
            }
        }

        return result;
    }

    private void ReportUnknownCode(EnumDecl decl, string code, SeedLocation location)
    {
        string codes = string.Join(", ", decl.Seed.Members.Select(m => "\"" + m.Code.Value + "\"").Take(12));
        Report(DiagnosticDescriptors.UnknownCode, location, code, decl.Name,
            decl.Seed.Members.Count > 12 ? codes + ", …" : codes.Length == 0 ? "(the enum has no members)" : codes);
    }

    /// <summary>Warns (GTD0026) about a seed value that refers to a deprecated member or entry from current data.</summary>
    private void ReportDeprecatedUse(string what, SeedDeprecation deprecated, SeedLocation location)
    {
        if (_bindingDeprecated)
        {
            return;
        }

        string reason = deprecated.Reason.Value;
        if (reason.EndsWith(".", StringComparison.Ordinal) && !reason.EndsWith("..", StringComparison.Ordinal))
        {
            reason = reason.Substring(0, reason.Length - 1);
        }

        string replacement = deprecated.Replacement is LocatedString r ? $"; use '{r.Value}' instead" : string.Empty;
        Report(DiagnosticDescriptors.DeprecatedUsed, location, what, reason, replacement);
    }

    private void BindMembers(EnumDecl e)
    {
        var names = new Dictionary<string, SeedLocation>(StringComparer.Ordinal);
        var values = new Dictionary<int, SeedMember>();
        var codes = new Dictionary<string, SeedMember>(StringComparer.Ordinal);
        e.Source = ResolveSource(e.Seed.Source, e.Document);
        Dictionary<SeedMember, DeprecationSpec> deprecations = BindMemberDeprecations(e);
        foreach (SeedMember member in e.Seed.Members)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            _bindingDeprecated = member.Deprecated is not null;
            bool ok = CheckFieldName(member.Name, $"a member of enum '{e.Name}'", names);
            if (member.Name.Value == "value__")
            {
                Report(DiagnosticDescriptors.InvalidIdentifier, member.Name.Location, member.Name.Value, $"a member of enum '{e.Name}'", "'value__' is reserved by the runtime");
                ok = false;
            }

            if (values.TryGetValue(member.Value, out SeedMember? sameValue))
            {
                Report(DiagnosticDescriptors.DuplicateValue, member.ValueLocation, e.Name, member.Value, sameValue.Name.Value);
                ok = false;
            }
            else
            {
                values.Add(member.Value, member);
            }

            if (member.Code.Value.Length == 0)
            {
                Report(DiagnosticDescriptors.WrongValueType, member.Code.Location, "code", "string", "empty", "a non-empty code");
                ok = false;
            }
            else if (codes.TryGetValue(member.Code.Value, out SeedMember? sameCode))
            {
                Report(DiagnosticDescriptors.DuplicateCode, member.Code.Location, e.Name, member.Code.Value, sameCode.Name.Value);
                ok = false;
            }
            else
            {
                codes.Add(member.Code.Value, member);
            }

            SourceRef? source = ResolveSource(member.Source, e.Document);
            ok &= member.Source is null || source is not null;
            var propertyValues = new List<ValueSpec>();
            var given = member.Properties.ToDictionary(p => p.Name.Value, StringComparer.Ordinal);
            foreach (SeedNamedValue value in member.Properties)
            {
                if (e.Seed.Properties.All(p => p.Name.Value != value.Name.Value))
                {
                    string? nearest = NameMatcher.Nearest(value.Name.Value, e.Seed.Properties.Select(p => p.Name.Value));
                    Report(DiagnosticDescriptors.UnknownProperty, value.Name.Location, value.Name.Value, $"the properties of enum '{e.Name}'",
                        nearest is null ? string.Empty : $"; did you mean '{nearest}'?");
                }
            }

            foreach (PropertySpec? property in e.Properties)
            {
                if (property is null)
                {
                    ok = false;
                    continue;
                }

                if (!given.TryGetValue(property.Name, out SeedNamedValue? value))
                {
                    if (property.Type.IsOptional)
                    {
                        propertyValues.Add(new ValueSpec(ValueKind.Null, string.Empty, property.Type, EquatableArray<ValueSpec>.Empty));
                    }
                    else
                    {
                        Report(DiagnosticDescriptors.MissingRequiredProperty, Start(member.Location), $"Member '{member.Name.Value}' of enum '{e.Name}'", "properties." + property.Name);
                        ok = false;
                    }

                    continue;
                }

                ValueSpec? spec = BindValue(property.Name, property.Type, RawTypeText(e.Seed.Properties, property.Name), value.Value, e.Document, references: null);
                if (spec is null)
                {
                    ok = false;
                }
                else
                {
                    propertyValues.Add(spec);
                }
            }

            if (ok)
            {
                deprecations.TryGetValue(member, out DeprecationSpec? deprecation);
                e.Members.Add(new MemberSpec(member.Name.Value, member.Value, member.Code.Value, member.Label, member.Summary,
                    member.Ontology, source ?? e.Source, propertyValues.ToEquatableArray(), deprecation));
            }
        }

        e.Members.Sort((a, b) => a.Value.CompareTo(b.Value));
    }

    private ValueSpec? BindValue(string name, TypeRef type, string typeText, SeedValue value, SeedDocument from, List<EntryDecl>? references)
    {
        if (value.Kind == SeedValueKind.Null)
        {
            if (type.IsOptional)
            {
                return new ValueSpec(ValueKind.Null, string.Empty, type, EquatableArray<ValueSpec>.Empty);
            }

            return Mismatch(name, typeText, value, Expected(type));
        }

        if (type.IsList)
        {
            if (value.Kind != SeedValueKind.Array)
            {
                return Mismatch(name, typeText, value, Expected(type));
            }

            var items = new List<ValueSpec>(value.Items.Count);
            bool ok = true;
            foreach (SeedValue item in value.Items)
            {
                ValueSpec? spec = BindValue(name, type.ElementType, typeText, item, from, references);
                ok &= spec is not null;
                if (spec is not null)
                {
                    items.Add(spec);
                }
            }

            return ok ? new ValueSpec(ValueKind.List, string.Empty, type, items.ToEquatableArray()) : null;
        }

        TypeRef scalar = type.ElementType;
        switch (type.Kind)
        {
            case SeedTypeKind.String when value.Kind == SeedValueKind.String:
                return Scalar(ValueKind.String, value.Text, scalar);

            case SeedTypeKind.Int when value.Kind == SeedValueKind.Number:
                return int.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int number)
                    ? Scalar(ValueKind.Int, number.ToString(CultureInfo.InvariantCulture), scalar)
                    : Mismatch(name, typeText, value, Expected(type));

            case SeedTypeKind.Bool when value.Kind is SeedValueKind.True or SeedValueKind.False:
                return Scalar(ValueKind.Bool, value.Text, scalar);

            case SeedTypeKind.Date when value.Kind == SeedValueKind.String:
                return DateTime.TryParseExact(value.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime date)
                    ? Scalar(ValueKind.Date, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), scalar)
                    : Mismatch(name, typeText, value, Expected(type));

            case SeedTypeKind.Uri when value.Kind == SeedValueKind.String:
                return Uri.TryCreate(value.Text, UriKind.Absolute, out _)
                    ? Scalar(ValueKind.Uri, value.Text, scalar)
                    : Mismatch(name, typeText, value, Expected(type));

            case SeedTypeKind.Enum when value.Kind == SeedValueKind.String:
            {
                var decl = (EnumDecl)_types[ShortName(type.FullName)];
                SeedMember? member = decl.Seed.Members.FirstOrDefault(m => m.Code.Value == value.Text);
                if (member is null)
                {
                    ReportUnknownCode(decl, value.Text, value.Location);
                    return null;
                }

                if (member.Deprecated is SeedDeprecation deprecatedMember)
                {
                    ReportDeprecatedUse($"Member '{member.Code.Value}' of enum '{decl.Name}'", deprecatedMember, value.Location);
                }

                return Scalar(ValueKind.EnumMember, member.Name.Value, scalar);
            }

            case SeedTypeKind.Record when value.Kind == SeedValueKind.String:
            {
                var decl = (RecordDecl)_types[ShortName(type.FullName)];
                if (!decl.EntriesByKey.TryGetValue(value.Text, out EntryDecl? target))
                {
                    string? nearest = NameMatcher.Nearest(value.Text, decl.EntriesByKey.Keys.OrderBy(k => k, StringComparer.Ordinal));
                    string hint = decl.Seed.Key is null ? $" ('{decl.Name}' declares no key)" : nearest is null ? string.Empty : $"; did you mean '{nearest}'?";
                    Report(DiagnosticDescriptors.UnknownKey, value.Location, value.Text, decl.Name, hint);
                    return null;
                }

                if (target.Seed.Deprecated is SeedDeprecation deprecatedEntry)
                {
                    ReportDeprecatedUse($"Entry '{target.Key}' of '{decl.Name}'", deprecatedEntry, value.Location);
                }

                Depend(from, target.Document);
                references?.Add(target);
                return Scalar(ValueKind.RecordEntry, target.PropertyName!, scalar);
            }

            default:
                return Mismatch(name, typeText, value, Expected(type));
        }
    }

    private static ValueSpec Scalar(ValueKind kind, string text, TypeRef type) => new(kind, text, type, EquatableArray<ValueSpec>.Empty);

    private ValueSpec? Mismatch(string name, string typeText, SeedValue value, string expected)
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
        Report(DiagnosticDescriptors.WrongValueType, value.Location, name, typeText, actual, expected);
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

    private static string RawTypeText(EquatableArray<SeedField> fields, string name)
        => fields.First(f => f.Name.Value == name).Type.Value;

    private SourceRef? ResolveSource(LocatedString? id, SeedDocument from)
    {
        if (id is null)
        {
            return null;
        }

        if (!_sources.TryGetValue(id.Value, out SourceDecl? decl) || decl.PropertyName is null)
        {
            string? nearest = NameMatcher.Nearest(id.Value, _sources.Keys.OrderBy(k => k, StringComparer.Ordinal));
            Report(DiagnosticDescriptors.UnknownSource, id.Location, id.Value, nearest is null ? string.Empty : $"; did you mean '{nearest}'?");
            return null;
        }

        Depend(from, decl.Document);
        return new SourceRef(decl.Document.Namespace.Value, decl.PropertyName, decl.Seed.Title);
    }

    // ---- cycles and order -------------------------------------------------------------------------

    private void CheckRecordCycles(List<RecordDecl> records)
    {
        // Catalogs initialise in static constructors; two catalogs whose entries refer to each other
        // would see each other half built, so references between record types must not loop.
        var state = new Dictionary<RecordDecl, int>();
        foreach (RecordDecl record in records)
        {
            Visit(record, new List<RecordDecl>());
        }

        void Visit(RecordDecl record, List<RecordDecl> path)
        {
            if (state.TryGetValue(record, out int s) && s == 2)
            {
                return;
            }

            state[record] = 1;
            path.Add(record);
            for (int i = 0; i < record.Fields.Count; i++)
            {
                if (record.Fields[i] is not FieldSpec field || field.Type.Kind != SeedTypeKind.Record)
                {
                    continue;
                }

                var target = (RecordDecl)_types[ShortName(field.Type.FullName)];
                if (target == record)
                {
                    continue;
                }

                if (state.TryGetValue(target, out int targetState) && targetState == 1)
                {
                    int at = path.IndexOf(target);
                    string cycle = string.Join(" -> ", path.Skip(at).Select(r => r.Name).Concat(new[] { target.Name }));
                    Report(DiagnosticDescriptors.ReferenceCycle, record.Seed.Fields[i].Type.Location, $"record types refer to each other in a loop ({cycle})");
                    continue;
                }

                Visit(target, path);
            }

            path.RemoveAt(path.Count - 1);
            state[record] = 2;
        }
    }

    /// <summary>Entries that refer to entries of the same catalog come after them (static initialisers run in order).</summary>
    private List<EntryDecl> OrderEntries(RecordDecl record)
    {
        var ordered = new List<EntryDecl>(record.Entries.Count);
        var state = new Dictionary<EntryDecl, int>();
        foreach (EntryDecl entry in record.Entries)
        {
            Visit(entry);
        }

        return ordered;

        void Visit(EntryDecl entry)
        {
            if (state.TryGetValue(entry, out int s))
            {
                if (s == 1)
                {
                    Report(DiagnosticDescriptors.ReferenceCycle, Start(entry.Seed.Location), $"entry '{entry.Key}' of '{record.Name}' refers back to itself through other entries");
                }

                return;
            }

            state[entry] = 1;
            foreach (EntryDecl target in entry.References)
            {
                if (record.EntriesByKey.TryGetValue(target.Key ?? string.Empty, out EntryDecl? same) && same == target)
                {
                    Visit(target);
                }
            }

            state[entry] = 2;
            ordered.Add(entry);
        }
    }

    // ---- emission set and specs -------------------------------------------------------------------

    private bool CheckCompilation(CompilationFacts facts, string firstPath)
    {
        bool ok = true;
        if (facts.LanguageVersion < MinimumLanguageVersion)
        {
            Report(DiagnosticDescriptors.UnsupportedLanguageVersion, SeedLocation.FileStart(firstPath), facts.LanguageVersionText);
            ok = false;
        }

        if (!facts.HasRuntimeTypes)
        {
            Report(DiagnosticDescriptors.MissingRuntimeLibrary, SeedLocation.FileStart(firstPath), "GeneTherapy.Domain.Source");
            ok = false;
        }

        return ok;
    }

    private HashSet<string> EmittablePaths(List<SeedDocument> own, HashSet<string> failedPaths)
    {
        var emitted = new HashSet<string>(own.Select(d => d.Path).Where(p => !failedPaths.Contains(p)), StringComparer.Ordinal);
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach ((string from, string to) in _dependencies)
            {
                if (emitted.Contains(from) && failedPaths.Contains(to))
                {
                    emitted.Remove(from);
                    failedPaths.Add(from);
                    changed = true;
                }
            }
        }

        return emitted;
    }

    private List<OutputSpec> BuildOutputs(HashSet<string> emitted, List<EnumDecl> enums, List<RecordDecl> records, bool annotateTryGet)
    {
        var outputs = new List<OutputSpec>();
        foreach (EnumDecl e in enums.Where(e => emitted.Contains(e.Document.Path)))
        {
            CodeSystemIdentity codeSystem = _codeSystems[e.Seed.Name.Location];
            outputs.Add(new EnumSpec(e.Namespace, e.Name, HintName(e.Namespace, e.Name), e.Seed.Summary, e.Source,
                e.Properties.Select(p => p!).ToEquatableArray(), e.Members.ToEquatableArray(), codeSystem.Url, codeSystem.Version));
            outputs.Add(new EnumConverterSpec(e.Namespace, e.Name, HintName(e.Namespace, e.Name + "JsonConverter"),
                e.Members.Select(m => new ConverterMemberSpec(m.Name, m.Code)).ToEquatableArray()));
        }

        foreach (RecordDecl r in records.Where(r => emitted.Contains(r.Document.Path)))
        {
            EquatableArray<FieldSpec> fields = r.Fields.Select(f => f!).ToEquatableArray();
            outputs.Add(new RecordSpec(r.Namespace, r.Name, HintName(r.Namespace, r.Name), r.Seed.Summary, r.Source, fields));
            if (r.KeyField is not null)
            {
                List<EntryDecl> included = r.Entries.Where(e => emitted.Contains(e.Document.Path) && e.Values is not null).ToList();
                EquatableArray<EntrySpec> entries = included
                    .Select(e => new EntrySpec(e.PropertyName!, e.Key!, e.Source, new EquatableArray<ValueSpec>(e.Values!), e.Deprecation))
                    .ToEquatableArray();
                EquatableArray<int> order = r.OrderedEntries.Select(e => included.IndexOf(e)).Where(i => i >= 0).ToEquatableArray();
                outputs.Add(new CatalogSpec(r.Namespace, r.CatalogName, HintName(r.Namespace, r.CatalogName), r.Name, r.Seed.Summary, fields, entries, order, annotateTryGet));
            }
        }

        foreach (KeyValuePair<string, Dictionary<string, SourceDecl>> ns in _sourcesByNamespace.OrderBy(n => n.Key, StringComparer.Ordinal))
        {
            EquatableArray<SourceSpec> sources = ns.Value.Values
                .Where(s => emitted.Contains(s.Document.Path))
                .OrderBy(s => s.PropertyName, StringComparer.Ordinal)
                .Select(s => new SourceSpec(s.Seed.Id.Value, s.PropertyName!, s.Seed.Title, s.Seed.Publisher, s.Seed.Url?.Value, s.Seed.Doi, s.Seed.Summary,
                    s.Seed.Kind is null ? null : SourceKinds.MemberName(s.Seed.Kind.Value)))
                .ToEquatableArray();
            if (!sources.IsEmpty)
            {
                outputs.Add(new SourcesSpec(ns.Key, "Sources", HintName(ns.Key, "Sources"), sources, annotateTryGet));
            }
        }

        outputs.Sort((a, b) => string.CompareOrdinal(a.HintName, b.HintName));
        return outputs;
    }

    private static string HintName(string ns, string name) => ns + "." + name + ".g.cs";

    // ---- helpers ----------------------------------------------------------------------------------

    private void Depend(SeedDocument from, SeedDocument to)
    {
        if (from.Path != to.Path)
        {
            _dependencies.Add((from.Path, to.Path));
        }
    }

    private static bool IsReserved(string name, string[] reserved) => Array.IndexOf(reserved, name) >= 0;

    private static string ShortName(string fullName) => fullName.Substring(fullName.LastIndexOf('.') + 1);

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "…";

    private static SeedLocation Start(SeedLocation location)
        => new(location.Path, location.Start, Math.Min(1, location.Length), location.StartLine, location.StartColumn, location.StartLine, location.StartColumn + Math.Min(1, location.Length));

    internal static string Describe(SeedLocation location)
        => string.Format(CultureInfo.InvariantCulture, "{0}({1},{2})", System.IO.Path.GetFileName(location.Path), location.StartLine + 1, location.StartColumn + 1);

    private void Report(DiagnosticDescriptor descriptor, SeedLocation location, params object[] args)
    {
        bool unresolved = descriptor == DiagnosticDescriptors.UnknownType || descriptor == DiagnosticDescriptors.UnknownRecord
            || descriptor == DiagnosticDescriptors.UnknownSource || descriptor == DiagnosticDescriptors.UnknownCode
            || descriptor == DiagnosticDescriptors.UnknownKey;
        if (unresolved && _someFileUnreadable)
        {
            _silentlyFailed.Add(location.Path);
            return;
        }

        _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, args));
    }

    // ---- declarations as the binder sees them -----------------------------------------------------

    private sealed class SourceDecl
    {
        public SourceDecl(SeedSource seed, SeedDocument document, string? propertyName)
        {
            Seed = seed;
            Document = document;
            PropertyName = propertyName;
        }

        public SeedSource Seed { get; }

        public SeedDocument Document { get; }

        public string? PropertyName { get; }
    }

    private abstract class TypeDecl
    {
        protected TypeDecl(SeedDocument document, LocatedString name, int order)
        {
            Document = document;
            NameLocation = name;
            Order = order;
        }

        public SeedDocument Document { get; }

        public LocatedString NameLocation { get; }

        public int Order { get; }

        public string Name => NameLocation.Value;

        public string Namespace => Document.Namespace.Value;

        public string FullName => Namespace + "." + Name;

        public SourceRef? Source { get; set; }
    }

    private sealed class EnumDecl : TypeDecl
    {
        public EnumDecl(SeedEnum seed, SeedDocument document, int order)
            : base(document, seed.Name, order) => Seed = seed;

        public SeedEnum Seed { get; }

        public List<PropertySpec?> Properties { get; } = new();

        public List<MemberSpec> Members { get; } = new();
    }

    private sealed class RecordDecl : TypeDecl
    {
        public RecordDecl(SeedRecord seed, SeedDocument document, int order, string catalogName)
            : base(document, seed.Name, order)
        {
            Seed = seed;
            CatalogName = catalogName;
        }

        public SeedRecord Seed { get; }

        public string CatalogName { get; }

        public List<FieldSpec?> Fields { get; } = new();

        public FieldSpec? KeyField { get; set; }

        public List<EntryDecl> Entries { get; } = new();

        public List<EntryDecl> OrderedEntries { get; set; } = new();

        public Dictionary<string, EntryDecl> EntriesByKey { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, EntryDecl> EntriesByProperty { get; } = new(StringComparer.Ordinal);
    }

    private sealed class EntryDecl
    {
        public EntryDecl(SeedEntry seed, SeedDocument document, string? key, string? propertyName)
        {
            Seed = seed;
            Document = document;
            Key = key;
            PropertyName = propertyName;
        }

        public SeedEntry Seed { get; }

        public SeedDocument Document { get; }

        public string? Key { get; }

        public string? PropertyName { get; }

        public List<EntryDecl> References { get; } = new();

        public SourceRef? Source { get; set; }

        /// <summary>In field order; null when any value failed to bind.</summary>
        public ValueSpec[]? Values { get; set; }

        public DeprecationSpec? Deprecation { get; set; }
    }
}
