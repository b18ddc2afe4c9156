using System.Collections.Generic;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Binding;

/// <summary>What a value in a seed is bound to: a property or field's name, its resolved type and its type as written (for messages and cycle locations).</summary>
internal sealed record ValueTarget(string Name, TypeRef Type, LocatedString WrittenType);

/// <summary>An enum with its typed properties resolved.</summary>
/// <param name="Properties">The properties that resolved, in seed order.</param>
/// <param name="AllResolved">False when some property failed (its error is reported): no member can be complete.</param>
internal sealed record EnumShape(EnumDecl Decl, IReadOnlyList<(PropertySpec Spec, ValueTarget Target)> Properties, bool AllResolved, HashSet<string> DeclaredNames);

/// <summary>A record with its fields, key and source resolved.</summary>
/// <param name="Fields">The fields that resolved, in seed order.</param>
/// <param name="AllResolved">False when some field failed (its error is reported): no entry can be complete.</param>
/// <param name="FieldSlots">
/// Every field name the seed writes, resolved or not (the unknown-property check's names), to its index in
/// <paramref name="Fields"/>, or -1 when it did not resolve: an entry's values are matched to fields with one lookup
/// each (<see cref="EntryBinder"/>).
/// </param>
internal sealed record RecordShape(
    RecordDecl Decl,
    IReadOnlyList<(FieldSpec Spec, ValueTarget Target)> Fields,
    bool AllResolved,
    FieldSpec? KeyField,
    SourceRef? Source,
    Dictionary<string, int> FieldSlots);
