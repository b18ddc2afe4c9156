using System;
using System.Collections.Generic;
using System.Linq;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Model;
using GeneTherapy.Domain.Generators.Parsing;

namespace GeneTherapy.Domain.Generators.Binding;

/// <summary>Binds the members of an enum: names, values and codes unique, sources and typed property values resolved.</summary>
internal sealed class EnumMemberBinder
{
    private readonly BindingContext _context;
    private readonly SourceResolver _sources;
    private readonly ValueBinder _values;
    private readonly DeprecationBinder _deprecations;

    public EnumMemberBinder(BindingContext context, SourceResolver sources, ValueBinder values, DeprecationBinder deprecations)
    {
        _context = context;
        _sources = sources;
        _values = values;
        _deprecations = deprecations;
    }

    /// <summary>The enum's source and its complete members in order of value; members with errors are left out.</summary>
    public (SourceRef? Source, EquatableArray<MemberSpec> Members) Bind(EnumShape shape)
    {
        EnumDecl e = shape.Decl;
        SourceRef? enumSource = _sources.Resolve(e.Seed.Source, e.Document);
        Dictionary<SeedMember, DeprecationSpec> deprecations = _deprecations.BindMembers(e);
        var identity = new MemberIdentity(_context, e);
        var members = new List<MemberSpec>();
        foreach (SeedMember member in e.Seed.Members)
        {
            _context.CancellationToken.ThrowIfCancellationRequested();
            bool ok = identity.Check(member);
            SourceRef? source = _sources.Resolve(member.Source, e.Document);
            ok &= member.Source is null || source is not null;
            ok &= BindPropertyValues(shape, member, out List<ValueSpec> values);
            if (ok)
            {
                deprecations.TryGetValue(member, out DeprecationSpec? deprecation);
                members.Add(new MemberSpec(member.Name.Value, member.Value, member.Code.Value, member.Label, member.Summary,
                    member.Ontology, source ?? enumSource, values.ToEquatableArray(), deprecation));
            }
        }

        members.Sort((a, b) => a.Value.CompareTo(b.Value));
        return (enumSource, members.ToEquatableArray());
    }

    private bool BindPropertyValues(EnumShape shape, SeedMember member, out List<ValueSpec> values)
    {
        EnumDecl e = shape.Decl;
        var given = new Dictionary<string, SeedNamedValue>(StringComparer.Ordinal);
        foreach (SeedNamedValue value in member.Properties)
        {
            given[value.Name] = value;
            _context.Report(UnknownProperties.Check(value.LocatedName, shape.DeclaredNames, $"the properties of enum '{e.Name}'", e.Seed.Properties.Select(p => p.Name.Value)));
        }

        var origin = new ValueOrigin(e.Document, member.Deprecated is not null, References: null);
        values = new List<ValueSpec>(shape.Properties.Count);
        bool ok = shape.AllResolved;
        foreach ((PropertySpec property, ValueTarget target) in shape.Properties)
        {
            ValueSpec? spec;
            if (given.TryGetValue(property.Name, out SeedNamedValue value))
            {
                spec = _values.Bind(target, value.Value, origin);
            }
            else if ((spec = ValueBinder.Missing(property.Type)) is null)
            {
                _context.ReportError(e.Document, DiagnosticDescriptors.MissingRequiredProperty, BindingContext.Start(member.Location),
                    $"Member '{member.Name.Value}' of enum '{e.Name}'", "properties." + property.Name);
            }

            ok &= spec is not null;
            if (spec is not null)
            {
                values.Add(spec);
            }
        }

        return ok;
    }

    /// <summary>Each member's name, value and code, unique within the enum.</summary>
    private sealed class MemberIdentity
    {
        private readonly BindingContext _context;
        private readonly EnumDecl _enum;
        private readonly MemberNameScope _names;
        private readonly Dictionary<int, SeedMember> _values = new();
        private readonly Dictionary<string, SeedMember> _codes = new(StringComparer.Ordinal);

        public MemberIdentity(BindingContext context, EnumDecl e)
        {
            _context = context;
            _enum = e;
            _names = new MemberNameScope(context, e.Document, $"a member of enum '{e.Name}'");
        }

        public bool Check(SeedMember member)
        {
            SeedDocument document = _enum.Document;
            bool ok = _names.TryAdd(member.Name);
            if (member.Name.Value == "value__")
            {
                _context.ReportError(document, DiagnosticDescriptors.InvalidIdentifier, member.Name.Location, member.Name.Value, $"a member of enum '{_enum.Name}'", "'value__' is reserved by the runtime");
                ok = false;
            }

            if (_values.TryGetValue(member.Value, out SeedMember? sameValue))
            {
                _context.ReportError(document, DiagnosticDescriptors.DuplicateValue, member.ValueLocation, _enum.Name, member.Value, sameValue.Name.Value);
                ok = false;
            }
            else
            {
                _values.Add(member.Value, member);
            }

            return CheckCode(member) && ok;
        }

        private bool CheckCode(SeedMember member)
        {
            if (member.Code.Value.Length == 0)
            {
                _context.ReportError(_enum.Document, DiagnosticDescriptors.EmptyCode, member.Code.Location, member.Name.Value, _enum.Name);
                return false;
            }

            if (_codes.TryGetValue(member.Code.Value, out SeedMember? sameCode))
            {
                _context.ReportError(_enum.Document, DiagnosticDescriptors.DuplicateCode, member.Code.Location, _enum.Name, member.Code.Value, sameCode.Name.Value);
                return false;
            }

            _codes.Add(member.Code.Value, member);
            return true;
        }
    }
}
