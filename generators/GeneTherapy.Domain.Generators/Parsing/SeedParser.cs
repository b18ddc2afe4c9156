using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Model;
using Microsoft.CodeAnalysis.Text;

namespace GeneTherapy.Domain.Generators.Parsing;

/// <summary>
/// Reads one seed file into a <see cref="SeedDocument"/> straight from <see cref="System.Text.Json.Utf8JsonReader"/>,
/// reporting shape problems where they are. The first read of the top-level object checks the whole file's syntax;
/// locations stay byte offsets until reported.
/// </summary>
internal sealed class SeedParser
{
    private static readonly PropertyNames s_document = new(SeedFormat.DocumentProperties);
    private static readonly PropertyNames s_source = new(SeedFormat.SourceProperties);
    private static readonly PropertyNames s_record = new(SeedFormat.RecordProperties);

    private readonly ParseContext _context;
    private readonly EnumReader _enums;

    private SeedParser(ParseContext context)
    {
        _context = context;
        _enums = new EnumReader(context);
    }

    /// <summary>Reads one item of an array; leaves the cursor on the item's last token.</summary>
    internal delegate T? ItemReader<T>(ref JsonCursor cursor, int index);

    public static ParseResult ParseDocument(string path, string text, SeedKind kind, CancellationToken cancellationToken)
        => ParseDocument(path, SourceText.From(text), kind, cancellationToken);

    public static ParseResult ParseDocument(string path, SourceText text, SeedKind kind, CancellationToken cancellationToken)
    {
        var file = SeedFile.Open(path, text);
        try
        {
            return Parse(file, kind, cancellationToken);
        }
        finally
        {
            file.ReturnBytes();
        }
    }

    private static ParseResult Parse(SeedFile file, SeedKind kind, CancellationToken cancellationToken)
    {
        if (IsBlank(file.Utf8, file.Length))
        {
            return Malformed(file, 0, "the file is empty; a seed file is a JSON object with \"seedFormat\" and \"namespace\".");
        }

        var context = new ParseContext(file, cancellationToken);
        try
        {
            var cursor = new JsonCursor(file.Utf8, file.Length, 0, validates: true);
            if (!cursor.Read())
            {
                return Malformed(file, 0, "the file is empty.");
            }

            SeedDocument? document = new SeedParser(context).ReadDocument(ref cursor, kind);
            return new ParseResult(document, context.Diagnostics);
        }
        catch (JsonException ex)
        {
            int offset = file.Lines.ByteOffset((int)(ex.LineNumber ?? 0), (int)(ex.BytePositionInLine ?? 0));
            return Malformed(file, offset, JsonMessages.Clean(ex.Message));
        }
        catch (InvalidJsonStringException ex)
        {
            return Malformed(file, ex.ByteOffset, ex.Message);
        }
    }

    /// <summary>GTD0001 alone: nothing else said about a file that is not JSON would be reliable.</summary>
    private static ParseResult Malformed(SeedFile file, int offset, string message)
        => new(null, new[] { DiagnosticInfo.Create(DiagnosticDescriptors.MalformedJson, new SeedLocation(file, offset, offset), message) }.ToEquatableArray());

    private static bool IsBlank(byte[] utf8, int length)
    {
        for (int i = 0; i < length; i++)
        {
            if (utf8[i] is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    private SeedDocument? ReadDocument(ref JsonCursor cursor, SeedKind kind)
    {
        SeedValueKind rootKind = cursor.Kind;
        int rootStart = cursor.TokenStart;
        ObjectFields? obj = rootKind == SeedValueKind.Object ? new ObjectFields(_context, ref cursor, "the seed file", s_document, DocumentContainers()) : null;
        int rootEnd = obj?.End ?? cursor.SkipValue();

        // A second Read makes the reader reject anything after the top-level value; only then is the file JSON.
        cursor.Read();
        if (obj is null)
        {
            _context.Report(DiagnosticDescriptors.WrongJsonType, _context.At(rootStart, rootEnd), "the seed file", "an object", JsonCursor.Describe(rootKind));
            return null;
        }

        JsonSlot? format = obj.Get("seedFormat", SeedValueKind.Number, "a number", required: true);
        LocatedString? ns = obj.GetString("namespace", required: true);
        if (format is not JsonSlot seedFormat)
        {
            return null;
        }

        if (seedFormat.Text != "1")
        {
            _context.Report(DiagnosticDescriptors.UnsupportedSeedFormat, _context.At(seedFormat), seedFormat.Text);
            return null;
        }

        if (ns is null)
        {
            return null;
        }

        LocatedString? canonical = obj.GetString("canonical");
        LocatedString? version = obj.GetString("version");
        var sources = ReadArray<SeedSource>(obj, "sources", ReadSource);
        var enums = ReadArray<SeedEnum>(obj, "enums", _enums.ReadEnum);
        var records = ReadArray<SeedRecord>(obj, "records", ReadRecord);
        EquatableArray<SeedEntryGroup> groups = new EntryReader(_context).ReadGroups(obj);
        return new SeedDocument(_context.Path, kind, ns, sources, enums, records, groups, canonical, version);
    }

    /// <summary>
    /// The document's containers, read as the top-level object is read: most of a file is its entries, which were
    /// otherwise read twice (docs/benchmarks.md). None of these reads needs another property of the document.
    /// </summary>
    private ReadInPlace[] DocumentContainers() => new[]
    {
        new ReadInPlace("sources", SeedValueKind.Array, (ref JsonCursor c) => ReadItemsAt<SeedSource>(_context, ref c, ReadSource)),
        new ReadInPlace("enums", SeedValueKind.Array, (ref JsonCursor c) => ReadItemsAt<SeedEnum>(_context, ref c, _enums.ReadEnum)),
        new ReadInPlace("records", SeedValueKind.Array, (ref JsonCursor c) => ReadItemsAt<SeedRecord>(_context, ref c, ReadRecord)),
        new ReadInPlace("entries", SeedValueKind.Object, (ref JsonCursor c) => new EntryReader(_context).ReadGroupsAt(ref c)),
    };

    /// <summary>
    /// The items of the owner's array <paramref name="name"/>, each read by <paramref name="read"/> (or as the owner's
    /// first read read them); empty when absent or not an array.
    /// </summary>
    internal static EquatableArray<T> ReadArray<T>(ParseContext context, ObjectFields owner, string name, ItemReader<T> read, bool required = false)
        where T : class, IEquatable<T>
        => owner.TryReadContainer(name, SeedValueKind.Array, "an array", (ref JsonCursor c) => ReadItemsAt(context, ref c, read), out EquatableArray<T> items, required)
            ? items
            : EquatableArray<T>.Empty;

    internal static EquatableArray<T> ReadItems<T>(ParseContext context, JsonSlot array, ItemReader<T> read)
        where T : class, IEquatable<T>
    {
        JsonCursor cursor = context.Open(array.Start);
        return ReadItemsAt(context, ref cursor, read);
    }

    /// <summary>The items of the array at the cursor (on its '['), which is left on its ']'.</summary>
    private static EquatableArray<T> ReadItemsAt<T>(ParseContext context, ref JsonCursor cursor, ItemReader<T> read)
        where T : class, IEquatable<T>
    {
        var result = new List<T>();
        for (int i = 0; cursor.NextItem(); i++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (read(ref cursor, i) is T item)
            {
                result.Add(item);
            }
        }

        return result.ToEquatableArray();
    }

    private EquatableArray<T> ReadArray<T>(ObjectFields owner, string name, ItemReader<T> read)
        where T : class, IEquatable<T>
        => ReadArray(_context, owner, name, read);

    private SeedSource? ReadSource(ref JsonCursor cursor, int index)
    {
        if (!_context.ExpectObject(ref cursor, $"source #{index + 1}"))
        {
            return null;
        }

        var obj = new ObjectFields(_context, ref cursor, $"source #{index + 1}", s_source);
        LocatedString? id = obj.GetString("id", required: true);
        LocatedString? title = obj.GetString("title", required: true);
        LocatedString? publisher = obj.GetString("publisher");
        LocatedString? url = obj.GetString("url");
        LocatedString? doi = obj.GetString("doi");
        LocatedString? summary = obj.GetString("summary");
        LocatedString? kind = obj.GetString("kind");
        return id is null || title is null
            ? null
            : new SeedSource(id, title.Value, publisher?.Value, url, doi?.Value, summary?.Value, kind);
    }

    private SeedRecord? ReadRecord(ref JsonCursor cursor, int index)
    {
        if (!_context.ExpectObject(ref cursor, $"record #{index + 1}"))
        {
            return null;
        }

        var obj = new ObjectFields(_context, ref cursor, $"record #{index + 1}", s_record);
        LocatedString? name = obj.GetString("name", required: true);
        string what = name is null ? $"record #{index + 1}" : $"record '{name.Value}'";
        obj.What = what;
        LocatedString? catalog = obj.GetString("catalog");
        LocatedString? key = obj.GetString("key");
        LocatedString? summary = obj.GetString("summary");
        LocatedString? source = obj.GetString("source");
        bool hasFields = obj.Has("fields");
        EquatableArray<SeedField> fields = ReadArray(obj, "fields", (ref JsonCursor c, int i) => _enums.ReadField(ref c, $"field #{i + 1} of {what}"));
        if (!hasFields)
        {
            obj.ReportMissing("fields");
        }

        return name is null || !hasFields ? null : new SeedRecord(name, catalog, key, summary?.Value, source, fields);
    }
}
