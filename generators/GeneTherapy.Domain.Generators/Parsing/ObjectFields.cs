using System.Text;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Parsing;

/// <summary>The property names one kind of object of the format may have, with their UTF-8 bytes to match tokens against.</summary>
internal sealed class PropertyNames
{
    private readonly byte[][] _utf8;

    public PropertyNames(string[] names)
    {
        Names = names;
        _utf8 = new byte[names.Length][];
        for (int i = 0; i < names.Length; i++)
        {
            _utf8[i] = Encoding.UTF8.GetBytes(names[i]);
        }
    }

    public string[] Names { get; }

    /// <summary>The index of the cursor's property name, or -1 when the object may not have it.</summary>
    public int IndexOf(ref JsonCursor cursor)
    {
        for (int i = 0; i < _utf8.Length; i++)
        {
            if (cursor.NameIs(_utf8[i]))
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>One property value as the object's first read saw it: kind, byte range and, for a scalar, its text.</summary>
internal readonly record struct JsonSlot(SeedValueKind Kind, int Start, int End, string Text);

/// <summary>Reads a container at the cursor (on its first token) and leaves the cursor on its last token.</summary>
internal delegate object ContainerReader(ref JsonCursor cursor);

/// <summary>
/// A container property that the object's first read reads where it is, when it has the kind <paramref name="Kind"/>,
/// instead of skipping it to read it again from its offset: each token of the file is then read once, not once per
/// level of nesting. The read's diagnostics wait until the caller asks for the value (<see cref="ObjectFields.TryReadContainer{T}"/>).
/// </summary>
internal readonly record struct ReadInPlace(string Name, SeedValueKind Kind, ContainerReader Read);

/// <summary>
/// One object of the format (the file, a source, an enum, a member...), read once from start to end: a repeated
/// property is GTD0020 and one its place does not allow GTD0005, both at the name; scalars are kept, containers are
/// skipped and read later from their offsets. The getters then check presence and JSON types in the order their
/// callers ask, so diagnostics come in the same order whatever order the file writes the properties in.
/// </summary>
internal sealed class ObjectFields
{
    private readonly ParseContext _context;
    private readonly PropertyNames _known;
    private readonly JsonSlot?[] _slots;
    private readonly ReadInPlace[]? _inPlace;
    private readonly (object Value, DiagnosticInfo[] Diagnostics)?[]? _read;

    /// <summary>Reads the object at the cursor (on its '{') and leaves the cursor on its '}'.</summary>
    /// <param name="inPlace">The container properties to read as they come (see <see cref="ReadInPlace"/>).</param>
    public ObjectFields(ParseContext context, ref JsonCursor cursor, string what, PropertyNames known, ReadInPlace[]? inPlace = null)
    {
        _context = context;
        _known = known;
        _slots = new JsonSlot?[known.Names.Length];
        _inPlace = inPlace;
        _read = inPlace is null ? null : new (object, DiagnosticInfo[])?[known.Names.Length];
        What = what;
        Start = cursor.TokenStart;
        while (cursor.NextProperty())
        {
            int nameStart = cursor.TokenStart;
            int nameEnd = cursor.TokenEnd;
            int index = known.IndexOf(ref cursor);
            string? unknownName = index < 0 ? cursor.GetString() : null;
            cursor.Read();
            if (index >= 0 && _slots[index] is null)
            {
                _slots[index] = InPlaceReader(index, cursor.Kind) is ContainerReader read
                    ? ReadNow(index, read, ref cursor)
                    : Capture(context, ref cursor);
                continue;
            }

            if (index >= 0)
            {
                context.Report(DiagnosticDescriptors.DuplicateJsonProperty, context.At(nameStart, nameEnd), known.Names[index]);
            }
            else
            {
                var name = new LocatedString(unknownName!, context.At(nameStart, nameEnd));
                context.Report(UnknownProperties.Check(name, known.Names, what, known.Names));
            }

            cursor.SkipValue();
        }

        End = cursor.TokenEnd;
    }

    /// <summary>Used in messages; set once the object's name is known.</summary>
    public string What { get; set; }

    public int Start { get; }

    public int End { get; }

    public SeedLocation Location => _context.At(Start, End);

    public bool Has(string name) => _slots[IndexOf(name)] is not null;

    /// <summary>GTD0003 at the opening brace only: a whole object would underline half the file.</summary>
    public void ReportMissing(string name)
        => _context.Report(DiagnosticDescriptors.MissingRequiredProperty, _context.At(Start, Start + 1), Capitalize(What), name);

    public JsonSlot? Get(string name, SeedValueKind kind, string expected, bool required = false)
    {
        if (_slots[IndexOf(name)] is not JsonSlot slot)
        {
            if (required)
            {
                ReportMissing(name);
            }

            return null;
        }

        if (slot.Kind != kind)
        {
            _context.Report(DiagnosticDescriptors.WrongJsonType, _context.At(slot), name, expected, JsonCursor.Describe(slot.Kind));
            return null;
        }

        return slot;
    }

    /// <summary>
    /// The container <paramref name="name"/> when it has the kind <paramref name="kind"/>: as the first read read it in
    /// place (see <see cref="ReadInPlace"/>), with that read's diagnostics reported now, or read now by
    /// <paramref name="read"/> from its offset. False when it is absent or of another kind, reported as <see cref="Get"/> does.
    /// </summary>
    public bool TryReadContainer<T>(string name, SeedValueKind kind, string expected, ContainerReader read, out T value, bool required = false)
    {
        if (Get(name, kind, expected, required) is not JsonSlot slot)
        {
            value = default!;
            return false;
        }

        int index = IndexOf(name);
        if (_read?[index] is (object readInPlace, DiagnosticInfo[] diagnostics))
        {
            _read[index] = null;
            foreach (DiagnosticInfo diagnostic in diagnostics)
            {
                _context.Report(diagnostic);
            }

            value = (T)readInPlace;
            return true;
        }

        JsonCursor cursor = _context.Open(slot.Start);
        value = (T)read(ref cursor);
        return true;
    }

    public LocatedString? GetString(string name, bool required = false)
        => Get(name, SeedValueKind.String, "a string", required) is JsonSlot slot
            ? new LocatedString(slot.Text, _context.At(slot))
            : null;

    private ContainerReader? InPlaceReader(int index, SeedValueKind kind)
    {
        if (_inPlace is null)
        {
            return null;
        }

        foreach (ReadInPlace candidate in _inPlace)
        {
            if (candidate.Kind == kind && candidate.Name == _known.Names[index])
            {
                return candidate.Read;
            }
        }

        return null;
    }

    private JsonSlot ReadNow(int index, ContainerReader read, ref JsonCursor cursor)
    {
        SeedValueKind kind = cursor.Kind;
        int start = cursor.TokenStart;
        object value = _context.ReadAside(read, ref cursor, out DiagnosticInfo[] diagnostics);
        _read![index] = (value, diagnostics);
        return new JsonSlot(kind, start, cursor.TokenEnd, string.Empty);
    }

    private static JsonSlot Capture(ParseContext context, ref JsonCursor cursor)
    {
        SeedValueKind kind = cursor.Kind;
        int start = cursor.TokenStart;
        if (kind is SeedValueKind.Object or SeedValueKind.Array)
        {
            return new JsonSlot(kind, start, cursor.SkipValue(), string.Empty);
        }

        string text = context.ScalarText(ref cursor);
        return new JsonSlot(kind, start, cursor.SkipValue(), text);
    }

    private int IndexOf(string name) => System.Array.IndexOf(_known.Names, name);

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
