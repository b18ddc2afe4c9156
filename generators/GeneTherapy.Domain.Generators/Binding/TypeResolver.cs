using System;
using System.Collections.Generic;
using System.Linq;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Model;
using GeneTherapy.Domain.Generators.Parsing;

namespace GeneTherapy.Domain.Generators.Binding;

/// <summary>Resolves the types of enum properties and record fields, and checks their names against generated code.</summary>
internal sealed class TypeResolver
{
    private static readonly TypeRef s_keyType = new(SeedTypeKind.String, string.Empty, IsList: false, IsOptional: false);

    private readonly BindingContext _context;
    private readonly SymbolTable _symbols;
    private readonly SourceResolver _sources;

    public TypeResolver(BindingContext context, SymbolTable symbols, SourceResolver sources)
    {
        _context = context;
        _symbols = symbols;
        _sources = sources;
    }

    public EnumShape ResolveEnum(EnumDecl e)
    {
        var scope = new MemberNameScope(_context, e.Document, $"a property of enum '{e.Name}'");
        var properties = new List<(PropertySpec, ValueTarget)>();
        bool allResolved = true;
        string extensions = GeneratedNames.Extensions(e.Name);
        foreach (SeedField property in e.Seed.Properties)
        {
            string name = property.Name.Value;
            if (!scope.TryAdd(property.Name))
            {
                allResolved = false;
                continue;
            }

            if (GeneratedNames.IsOneOf(name, GeneratedNames.EnumExtensionMembers) || GeneratedNames.IsOneOf(name, GeneratedNames.ObjectMembers)
                || GeneratedNames.IsPrivate(name, Array.Empty<string>()) || name == extensions)
            {
                _context.ReportError(e.Document, DiagnosticDescriptors.NameClash, property.Name.Location, name, name, $"the generated class '{extensions}'");
                allResolved = false;
                continue;
            }

            TypeRef? type = ResolveType(property.Type, e.Document);
            allResolved &= type is not null;
            if (type is not null)
            {
                properties.Add((new PropertySpec(name, type, property.Summary), new ValueTarget(name, type, property.Type)));
            }
        }

        return new EnumShape(e, properties, allResolved, new HashSet<string>(e.Seed.Properties.Select(p => p.Name.Value), StringComparer.Ordinal));
    }

    public RecordShape ResolveRecord(RecordDecl r)
    {
        SourceRef? source = _sources.Resolve(r.Seed.Source, r.Document);
        var scope = new MemberNameScope(_context, r.Document, $"a field of record '{r.Name}'");
        var parameters = new HashSet<string>(StringComparer.Ordinal) { GeneratedNames.SourceParameter };
        var fields = new List<(FieldSpec Spec, ValueTarget Target)>();
        bool allResolved = true;
        foreach (SeedField field in r.Seed.Fields)
        {
            if (!scope.TryAdd(field.Name) || !IsFreeFieldName(r, field.Name))
            {
                allResolved = false;
                continue;
            }

            TypeRef? type = ResolveType(field.Type, r.Document);
            string parameter = Names.ToParameterName(field.Name.Value);
            while (!parameters.Add(parameter))
            {
                parameter += "_";
            }

            allResolved &= type is not null;
            if (type is not null)
            {
                fields.Add((new FieldSpec(field.Name.Value, parameter, type, field.Summary), new ValueTarget(field.Name.Value, type, field.Type)));
            }
        }

        var declared = new HashSet<string>(r.Seed.Fields.Select(f => f.Name.Value), StringComparer.Ordinal);
        FieldSpec? key = ResolveKey(r, fields.Select(f => f.Spec), declared);
        return new RecordShape(r, fields, allResolved, key, source, FieldSlots(declared, fields));
    }

    private static Dictionary<string, int> FieldSlots(HashSet<string> declared, List<(FieldSpec Spec, ValueTarget Target)> fields)
    {
        var slots = new Dictionary<string, int>(declared.Count, StringComparer.Ordinal);
        foreach (string name in declared)
        {
            slots[name] = -1;
        }

        for (int i = 0; i < fields.Count; i++)
        {
            slots[fields[i].Spec.Name] = i;
        }

        return slots;
    }

    /// <summary>Whether a field name leaves the generated record and the entry format alone.</summary>
    private bool IsFreeFieldName(RecordDecl r, LocatedString name)
    {
        if (GeneratedNames.IsOneOf(name.Value, GeneratedNames.RecordMembers) || GeneratedNames.IsOneOf(name.Value, GeneratedNames.ObjectMembers)
            || GeneratedNames.IsOneOf(name.Value, GeneratedNames.RecordPrivateMembers) || name.Value == r.Name)
        {
            _context.ReportError(r.Document, DiagnosticDescriptors.NameClash, name.Location, name.Value, name.Value, $"the generated record '{r.Name}'");
            return false;
        }

        if (GeneratedNames.IsOneOf(name.Value, SeedFormat.EntryProperties))
        {
            string use = name.Value == SeedFormat.EntrySource ? "source" : "deprecation";
            _context.ReportError(r.Document, DiagnosticDescriptors.ReservedFieldName, name.Location, r.Name, name.Value, use);
            return false;
        }

        return true;
    }

    private FieldSpec? ResolveKey(RecordDecl r, IEnumerable<FieldSpec> fields, HashSet<string> declared)
    {
        if (r.Seed.Key is not LocatedString key)
        {
            return null;
        }

        FieldSpec? keyField = fields.FirstOrDefault(f => f.Name == key.Value);
        if (keyField is not null && keyField.Type == s_keyType)
        {
            return keyField;
        }

        // A field that failed to resolve has been reported already.
        if (keyField is not null || !declared.Contains(key.Value))
        {
            _context.ReportError(r.Document, DiagnosticDescriptors.InvalidKeyField, key.Location, key.Value, r.Name);
        }

        return null;
    }

    private TypeRef? ResolveType(LocatedString text, SeedDocument from)
    {
        if (!TypeParser.TrySplit(text.Value, out string name, out bool isList, out bool isOptional))
        {
            _context.ReportError(from, DiagnosticDescriptors.InvalidType, text.Location, text.Value);
            return null;
        }

        if (TypeParser.BuiltIn(name) is SeedTypeKind builtIn)
        {
            return new TypeRef(builtIn, string.Empty, isList, isOptional);
        }

        if (!_symbols.TypesByName.TryGetValue(name, out TypeDecl? decl))
        {
            _context.ReportUnresolved(from, DiagnosticDescriptors.UnknownType, text.Location, name);
            return null;
        }

        _context.Depend(from, decl.Document);
        return decl is RecordDecl record
            ? new TypeRef(SeedTypeKind.Record, decl.FullName, isList, isOptional, record.CatalogFullName)
            : new TypeRef(SeedTypeKind.Enum, decl.FullName, isList, isOptional);
    }
}
