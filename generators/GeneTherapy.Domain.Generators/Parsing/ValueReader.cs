using System.Collections.Generic;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Parsing;

/// <summary>What members and entries both hold: values named by the seed (typed later, by the binder) and a deprecation.</summary>
internal static class ValueReader
{
    private static readonly PropertyNames s_deprecation = new(SeedFormat.DeprecationProperties);

    /// <summary>The properties of the object at the cursor (left on its '}') as named values; a repeated name is GTD0020.</summary>
    public static EquatableArray<SeedNamedValue> ReadNamedValues(ParseContext context, ref JsonCursor cursor)
    {
        var values = new List<SeedNamedValue>();
        var names = new NameSet();
        while (cursor.NextProperty())
        {
            LocatedString name = ReadName(context, ref cursor);
            cursor.Read();
            if (!names.Add(name.Value))
            {
                context.Report(DiagnosticDescriptors.DuplicateJsonProperty, name.Location, name.Value);
                cursor.SkipValue();
            }
            else
            {
                values.Add(new SeedNamedValue(name.Value, name.Location, ReadValue(context, ref cursor)));
            }
        }

        return values.ToEquatableArray();
    }

    /// <summary>The property name at the cursor, where it was written.</summary>
    public static LocatedString ReadName(ParseContext context, ref JsonCursor cursor)
        => new(ReadName(context, ref cursor, out SeedLocation location), location);

    /// <summary>The property name at the cursor, and in <paramref name="location"/> where it was written.</summary>
    public static string ReadName(ParseContext context, ref JsonCursor cursor, out SeedLocation location)
    {
        location = context.At(cursor.TokenStart, cursor.TokenEnd);
        return context.PropertyName(ref cursor);
    }

    /// <summary>The value at the cursor, kept raw (the binder types it); leaves the cursor on its last token.</summary>
    public static SeedValue ReadValue(ParseContext context, ref JsonCursor cursor)
    {
        SeedValueKind kind = cursor.Kind;
        int start = cursor.TokenStart;
        if (kind == SeedValueKind.Array)
        {
            List<SeedValue> items = context.RentItems();
            while (cursor.NextItem())
            {
                items.Add(ReadValue(context, ref cursor));
            }

            return new SeedValue(kind, string.Empty, context.ToItems(items), context.At(start, cursor.TokenEnd));
        }

        string text = kind == SeedValueKind.Object ? string.Empty : context.ScalarText(ref cursor);
        return new SeedValue(kind, text, EquatableArray<SeedValue>.Empty, context.At(start, cursor.SkipValue()));
    }

    /// <summary>The deprecation object at the cursor (left on its '}'); null, reported, when it has no usable reason.</summary>
    public static SeedDeprecation? ReadDeprecation(ParseContext context, ref JsonCursor cursor, string owner)
    {
        var obj = new ObjectFields(context, ref cursor, $"\"deprecated\" of {owner}", s_deprecation);
        LocatedString? reason = obj.GetString("reason", required: true);
        LocatedString? replacement = obj.GetString("replacement");
        if (reason is not null && reason.Value.Trim().Length == 0)
        {
            context.Report(DiagnosticDescriptors.BlankDeprecationReason, reason.Location, owner);
            return null;
        }

        return reason is null ? null : new SeedDeprecation(reason with { Value = reason.Value.Trim() }, replacement);
    }
}
