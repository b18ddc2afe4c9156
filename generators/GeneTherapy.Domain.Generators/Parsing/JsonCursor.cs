using System;
using System.Text;
using System.Text.Json;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Parsing;

/// <summary>
/// A <see cref="Utf8JsonReader"/> that starts at any value of a seed file and gives token offsets in the whole file.
/// The parser reads forward only, into the seed model; a value it needs after its siblings (an object's arrays, read
/// once the object's name and format are known) is read again from its first byte with a new cursor.
/// </summary>
internal ref struct JsonCursor
{
    private static readonly JsonReaderOptions s_options = new()
    {
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        MaxDepth = 64,
    };

    private readonly byte[] _utf8;
    private readonly int _base;
    private readonly bool _validates;
    private Utf8JsonReader _reader;

    /// <param name="utf8">The file's text: its first <paramref name="length"/> bytes (a pooled buffer may be longer).</param>
    /// <param name="validates">Set for the first read of a file: skipped values are still checked, so any bad string is found.</param>
    public JsonCursor(byte[] utf8, int length, int start, bool validates)
    {
        _utf8 = utf8;
        _base = start;
        _validates = validates;
        _reader = new Utf8JsonReader(new ReadOnlySpan<byte>(utf8, start, length - start), s_options);
    }

    public readonly JsonTokenType TokenType => _reader.TokenType;

    /// <summary>The byte offset in the file of the current token.</summary>
    public readonly int TokenStart => _base + (int)_reader.TokenStartIndex;

    /// <summary>The byte offset just past the current token (a string's closing quote, a container's closing bracket).</summary>
    public readonly int TokenEnd => _reader.TokenType switch
    {
        JsonTokenType.String or JsonTokenType.PropertyName => TokenStart + _reader.ValueSpan.Length + 2,
        JsonTokenType.StartObject or JsonTokenType.EndObject or JsonTokenType.StartArray or JsonTokenType.EndArray => TokenStart + 1,
        _ => TokenStart + _reader.ValueSpan.Length,
    };

    public readonly SeedValueKind Kind => _reader.TokenType switch
    {
        JsonTokenType.String => SeedValueKind.String,
        JsonTokenType.Number => SeedValueKind.Number,
        JsonTokenType.True => SeedValueKind.True,
        JsonTokenType.False => SeedValueKind.False,
        JsonTokenType.StartArray => SeedValueKind.Array,
        JsonTokenType.StartObject => SeedValueKind.Object,
        _ => SeedValueKind.Null,
    };

    /// <summary>Whether the current token ends the container being read (or the input).</summary>
    public readonly bool AtContainerEnd => _reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray;

    /// <summary>The raw bytes of the current string or property name (escapes not decoded; see <see cref="IsEscaped"/>).</summary>
    public readonly ReadOnlySpan<byte> RawValue => _reader.ValueSpan;

    public readonly bool IsEscaped => _reader.ValueIsEscaped;

    public bool Read() => _reader.Read();

    /// <summary>Moves to the next property name of the object being read; false at its end.</summary>
    public bool NextProperty() => _reader.Read() && _reader.TokenType == JsonTokenType.PropertyName;

    /// <summary>Moves to the next item of the array being read; false at its end.</summary>
    public bool NextItem() => _reader.Read() && _reader.TokenType != JsonTokenType.EndArray;

    /// <summary>Whether the current property name is <paramref name="utf8Name"/> (after unescaping).</summary>
    public readonly bool NameIs(byte[] utf8Name) => _reader.ValueTextEquals(utf8Name);

    /// <summary>The unescaped string of the current string or property name.</summary>
    public readonly string GetString()
    {
        try
        {
            return _reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException ex)
        {
            // Escapes such as "\uD800" (a lone surrogate) are valid JSON but no valid UTF-16 string.
            throw new InvalidJsonStringException("the string here cannot be read (" + JsonMessages.Clean(ex.Message) + ")", TokenStart);
        }
    }

    /// <summary>
    /// The string or property name at the cursor, shared through <paramref name="strings"/> when it is short, ASCII and
    /// unescaped (every other text is decoded as <see cref="GetString()"/> does).
    /// </summary>
    public readonly string GetString(StringTable strings)
        => (_reader.ValueIsEscaped ? null : strings.Get(_utf8, TokenStart + 1, _reader.ValueSpan.Length)) ?? GetString();

    /// <summary>
    /// A scalar as the model keeps it: the unescaped string, the number exactly as written, or the literal; short
    /// strings and numbers shared through <paramref name="strings"/>.
    /// </summary>
    public readonly string ScalarText(StringTable strings) => _reader.TokenType switch
    {
        JsonTokenType.String => GetString(strings),
        JsonTokenType.Number => strings.Get(_utf8, TokenStart, _reader.ValueSpan.Length)
            ?? Encoding.UTF8.GetString(_utf8, TokenStart, _reader.ValueSpan.Length),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        _ => string.Empty,
    };

    /// <summary>Moves past the current value to its last token and returns the byte offset just after it.</summary>
    public int SkipValue()
    {
        if (_reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            if (!_validates)
            {
                _reader.Skip();
                return TokenEnd;
            }

            int depth = _reader.CurrentDepth;
            while (_reader.Read() && !(AtContainerEnd && _reader.CurrentDepth == depth))
            {
                CheckString();
            }
        }
        else
        {
            CheckString();
        }

        return TokenEnd;
    }

    private readonly void CheckString()
    {
        if (_reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && _reader.ValueIsEscaped)
        {
            GetString();
        }
    }

    /// <summary>Describes a JSON kind for messages: "a string", "an array".</summary>
    public static string Describe(SeedValueKind kind) => kind switch
    {
        SeedValueKind.String => "a string",
        SeedValueKind.Number => "a number",
        SeedValueKind.True or SeedValueKind.False => "a boolean",
        SeedValueKind.Null => "null",
        SeedValueKind.Array => "an array",
        _ => "an object",
    };
}

/// <summary>A string the reader accepts but that is no valid UTF-16 text, and where it starts.</summary>
internal sealed class InvalidJsonStringException : Exception
{
    public InvalidJsonStringException(string message, int byteOffset)
        : base(message) => ByteOffset = byteOffset;

    public int ByteOffset { get; }
}

/// <summary>The reader's error messages, made to read as a diagnostic's.</summary>
internal static class JsonMessages
{
    public static string Clean(string message)
    {
        // The reader's messages end with "LineNumber: 3 | BytePositionInLine: 7.": the diagnostic's
        // location already says that, in characters rather than bytes.
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        string text = cut >= 0 ? message.Substring(0, cut) : message;
        text = text.Trim();
        return text.EndsWith(".", StringComparison.Ordinal) ? text : text + ".";
    }
}
