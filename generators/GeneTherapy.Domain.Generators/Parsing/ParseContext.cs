using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Model;
using Microsoft.CodeAnalysis;

namespace GeneTherapy.Domain.Generators.Parsing;

/// <summary>What every reader of one seed file shares: the file (its bytes and path) and the diagnostics.</summary>
internal sealed class ParseContext
{
    private readonly List<DiagnosticInfo> _diagnostics = new();

    // Arrays nest, so one list per depth: an array value is collected in a rented list and copied out once, sized.
    private readonly Stack<List<SeedValue>> _itemLists = new();

    public ParseContext(SeedFile file, CancellationToken cancellationToken)
    {
        File = file;
        CancellationToken = cancellationToken;
        Strings = new StringTable(file.Length);
    }

    public SeedFile File { get; }

    public string Path => File.Path;

    public CancellationToken CancellationToken { get; }

    /// <summary>Entries repeat their field names, codes and numbers thousands of times: one string per distinct short text.</summary>
    public StringTable Strings { get; }

    public EquatableArray<DiagnosticInfo> Diagnostics => _diagnostics.ToEquatableArray();

    public void Report(DiagnosticDescriptor descriptor, SeedLocation location, params object[] args)
        => _diagnostics.Add(DiagnosticInfo.Create(descriptor, location, args));

    public void Report(DiagnosticInfo? diagnostic)
    {
        if (diagnostic is not null)
        {
            _diagnostics.Add(diagnostic);
        }
    }

    /// <summary>
    /// Reads with <paramref name="read"/> and returns the diagnostics it reported instead of keeping them in the file's
    /// list, for the caller to report when their turn comes.
    /// </summary>
    public object ReadAside(ContainerReader read, ref JsonCursor cursor, out DiagnosticInfo[] diagnostics)
    {
        int before = _diagnostics.Count;
        object value = read(ref cursor);
        diagnostics = new DiagnosticInfo[_diagnostics.Count - before];
        _diagnostics.CopyTo(before, diagnostics, 0, diagnostics.Length);
        _diagnostics.RemoveRange(before, diagnostics.Length);
        return value;
    }

    /// <summary>The property name at the cursor, the same string for every occurrence of a short name in the file.</summary>
    public string PropertyName(ref JsonCursor cursor) => cursor.GetString(Strings);

    /// <summary>The scalar at the cursor as text (see <see cref="JsonCursor.ScalarText(StringTable)"/>).</summary>
    public string ScalarText(ref JsonCursor cursor) => cursor.ScalarText(Strings);

    /// <summary>An empty list to collect an array's items in; hand it back with <see cref="ToItems"/>.</summary>
    public List<SeedValue> RentItems() => _itemLists.Count > 0 ? _itemLists.Pop() : new List<SeedValue>();

    /// <summary>The items collected in a list from <see cref="RentItems"/>, which is emptied and kept for the next array.</summary>
    public EquatableArray<SeedValue> ToItems(List<SeedValue> items)
    {
        var result = new EquatableArray<SeedValue>(items.ToArray());
        items.Clear();
        _itemLists.Push(items);
        return result;
    }

    public SeedLocation At(int startByte, int endByte) => new(File, startByte, endByte);

    public SeedLocation At(JsonSlot slot) => new(File, slot.Start, slot.End);

    /// <summary>A cursor on the first token of the value at <paramref name="startByte"/>, which the file's first read has checked.</summary>
    public JsonCursor Open(int startByte)
    {
        var cursor = new JsonCursor(File.Utf8, File.Length, startByte, validates: false);
        cursor.Read();
        return cursor;
    }

    public int? ReadInt(JsonSlot slot, string name)
    {
        if (int.TryParse(slot.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
        {
            return value;
        }

        Report(DiagnosticDescriptors.WrongJsonType, At(slot), name, "an integer from -2147483648 to 2147483647", slot.Text);
        return null;
    }

    /// <summary>True when the cursor is on an object; otherwise GTD0004 at the value, which is skipped.</summary>
    public bool ExpectObject(ref JsonCursor cursor, string what)
    {
        if (cursor.Kind == SeedValueKind.Object)
        {
            return true;
        }

        SeedValueKind kind = cursor.Kind;
        int start = cursor.TokenStart;
        Report(DiagnosticDescriptors.WrongJsonType, At(start, cursor.SkipValue()), what, "an object", JsonCursor.Describe(kind));
        return false;
    }
}
