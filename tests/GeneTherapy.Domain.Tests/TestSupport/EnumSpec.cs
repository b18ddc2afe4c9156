using System;
using System.Collections.Generic;
using GeneTherapy.Domain;

namespace GeneTherapy.Domain.Tests.TestSupport;

/// <summary>The shape of <c>XExtensions.TryParseCode(string?, out X)</c>.</summary>
public delegate bool StringCodeParser<T>(string? code, out T value);

/// <summary>The shape of <c>XExtensions.TryParseCode(string?, bool, out X)</c>.</summary>
public delegate bool StringCodeParserWithCase<T>(string? code, bool ignoreCase, out T value);

/// <summary>The shape of <c>XExtensions.TryParseCode(ReadOnlySpan&lt;char&gt;, out X)</c>.</summary>
public delegate bool SpanCodeParser<T>(ReadOnlySpan<char> code, out T value);

/// <summary>The shape of <c>XExtensions.TryParseCode(ReadOnlySpan&lt;char&gt;, bool, out X)</c>.</summary>
public delegate bool SpanCodeParserWithCase<T>(ReadOnlySpan<char> code, bool ignoreCase, out T value);

/// <summary>
/// The generated API of one enum, bound to delegates so a single generic contract test can exercise
/// every enum. Each member is bound by method-group conversion, so a missing overload is a compile error.
/// </summary>
/// <typeparam name="T">The generated enum.</typeparam>
public sealed class EnumSpec<T>
    where T : struct, Enum
{
    public EnumSpec(
        IReadOnlyList<T> values,
        Func<T, string> toCode,
        Func<T, string> getLabel,
        Func<T, TermInfo<T>> getInfo,
        StringCodeParser<T> tryParse,
        StringCodeParserWithCase<T> tryParseWithCase,
        SpanCodeParser<T> tryParseSpan,
        SpanCodeParserWithCase<T> tryParseSpanWithCase)
    {
        Values = values;
        ToCode = toCode;
        GetLabel = getLabel;
        GetInfo = getInfo;
        TryParse = tryParse;
        TryParseWithCase = tryParseWithCase;
        TryParseSpan = tryParseSpan;
        TryParseSpanWithCase = tryParseSpanWithCase;
    }

    public IReadOnlyList<T> Values { get; }

    public Func<T, string> ToCode { get; }

    public Func<T, string> GetLabel { get; }

    public Func<T, TermInfo<T>> GetInfo { get; }

    public StringCodeParser<T> TryParse { get; }

    public StringCodeParserWithCase<T> TryParseWithCase { get; }

    public SpanCodeParser<T> TryParseSpan { get; }

    public SpanCodeParserWithCase<T> TryParseSpanWithCase { get; }
}
