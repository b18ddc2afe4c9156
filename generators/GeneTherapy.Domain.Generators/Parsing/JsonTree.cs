using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Parsing;

/// <summary>A JSON value with the byte range it was read from. Lives only inside the parse step.</summary>
internal sealed class JsonNode
{
    public JsonNode(SeedValueKind kind, int start)
    {
        Kind = kind;
        Start = start;
    }

    public SeedValueKind Kind { get; }

    public int Start { get; }

    public int End { get; set; }

    /// <summary>The unescaped string, or the number exactly as written.</summary>
    public string Text { get; set; } = string.Empty;

    public List<JsonProperty> Properties { get; } = new();

    public List<JsonNode> Items { get; } = new();

    public string Describe() => Kind switch
    {
        SeedValueKind.String => "a string",
        SeedValueKind.Number => "a number",
        SeedValueKind.True or SeedValueKind.False => "a boolean",
        SeedValueKind.Null => "null",
        SeedValueKind.Array => "an array",
        _ => "an object",
    };
}

internal sealed class JsonProperty
{
    public JsonProperty(string name, int nameStart, int nameEnd, JsonNode value)
    {
        Name = name;
        NameStart = nameStart;
        NameEnd = nameEnd;
        Value = value;
    }

    public string Name { get; }

    public int NameStart { get; }

    public int NameEnd { get; }

    public JsonNode Value { get; }
}

/// <summary>Why a file could not be read as JSON, and the byte offset to point at.</summary>
internal sealed class JsonSyntaxError
{
    public JsonSyntaxError(string message, int? byteOffset, int line, int bytePositionInLine)
    {
        Message = message;
        ByteOffset = byteOffset;
        Line = line;
        BytePositionInLine = bytePositionInLine;
    }

    public string Message { get; }

    /// <summary>Set when the offset is known exactly; otherwise <see cref="Line"/> and the byte position in it are.</summary>
    public int? ByteOffset { get; }

    public int Line { get; }

    public int BytePositionInLine { get; }
}

/// <summary>Reads UTF-8 JSON into <see cref="JsonNode"/>s with <see cref="Utf8JsonReader"/>, keeping token offsets.</summary>
internal static class JsonTree
{
    private const int MaxDepth = 64;

    public static JsonNode? Read(byte[] utf8, out JsonSyntaxError? error)
    {
        error = null;
        if (IsBlank(utf8))
        {
            error = new JsonSyntaxError("the file is empty; a seed file is a JSON object with \"seedFormat\" and \"namespace\".", 0, 0, 0);
            return null;
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            MaxDepth = MaxDepth,
        });

        try
        {
            if (!reader.Read())
            {
                error = new JsonSyntaxError("the file is empty.", 0, 0, 0);
                return null;
            }

            JsonNode root = ReadValue(ref reader);

            // A second Read makes the reader reject anything after the top-level value.
            reader.Read();
            return root;
        }
        catch (JsonException ex)
        {
            error = new JsonSyntaxError(
                CleanMessage(ex.Message),
                null,
                (int)(ex.LineNumber ?? 0),
                (int)(ex.BytePositionInLine ?? 0));
            return null;
        }
        catch (InvalidStringException ex)
        {
            error = new JsonSyntaxError(ex.Message, ex.ByteOffset, 0, 0);
            return null;
        }
    }

    private static bool IsBlank(byte[] utf8)
    {
        foreach (byte b in utf8)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    private static JsonNode ReadValue(ref Utf8JsonReader reader)
    {
        int start = (int)reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return ReadObject(ref reader, start);
            case JsonTokenType.StartArray:
                return ReadArray(ref reader, start);
            case JsonTokenType.String:
                return new JsonNode(SeedValueKind.String, start)
                {
                    End = start + reader.ValueSpan.Length + 2,
                    Text = GetString(ref reader),
                };
            case JsonTokenType.Number:
                return new JsonNode(SeedValueKind.Number, start)
                {
                    End = start + reader.ValueSpan.Length,
                    Text = Encoding.UTF8.GetString(reader.ValueSpan.ToArray()),
                };
            case JsonTokenType.True:
                return new JsonNode(SeedValueKind.True, start) { End = start + 4, Text = "true" };
            case JsonTokenType.False:
                return new JsonNode(SeedValueKind.False, start) { End = start + 5, Text = "false" };
            default:
                return new JsonNode(SeedValueKind.Null, start) { End = start + 4, Text = "null" };
        }
    }

    private static JsonNode ReadObject(ref Utf8JsonReader reader, int start)
    {
        var node = new JsonNode(SeedValueKind.Object, start);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            int nameStart = (int)reader.TokenStartIndex;
            int nameEnd = nameStart + reader.ValueSpan.Length + 2;
            string name = GetString(ref reader);
            reader.Read();
            node.Properties.Add(new JsonProperty(name, nameStart, nameEnd, ReadValue(ref reader)));
        }

        node.End = (int)reader.TokenStartIndex + 1;
        return node;
    }

    private static JsonNode ReadArray(ref Utf8JsonReader reader, int start)
    {
        var node = new JsonNode(SeedValueKind.Array, start);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            node.Items.Add(ReadValue(ref reader));
        }

        node.End = (int)reader.TokenStartIndex + 1;
        return node;
    }

    private static string GetString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException ex)
        {
            // Escapes such as "\uD800" (a lone surrogate) are valid JSON but no valid UTF-16 string.
            throw new InvalidStringException("the string here cannot be read (" + CleanMessage(ex.Message) + ")", (int)reader.TokenStartIndex);
        }
    }

    private static string CleanMessage(string message)
    {
        // The reader's messages end with "LineNumber: 3 | BytePositionInLine: 7.": the diagnostic's
        // location already says that, in characters rather than bytes.
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        string text = cut >= 0 ? message.Substring(0, cut) : message;
        text = text.Trim();
        return text.EndsWith(".", StringComparison.Ordinal) ? text : text + ".";
    }

    private sealed class InvalidStringException : Exception
    {
        public InvalidStringException(string message, int byteOffset)
            : base(message) => ByteOffset = byteOffset;

        public int ByteOffset { get; }
    }
}
