using System;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace GeneTherapy.Domain.Generators.Emitting;

/// <summary>
/// An indent-tracking writer for generated C#. Lines always end in '\n', whatever the machine, so the
/// output is the same bytes everywhere. <c>WriteLine($"...")</c> binds to <see cref="LineHandler"/>, which appends
/// each part straight into the buffer instead of formatting a string first.
/// </summary>
internal sealed partial class SourceWriter
{
    private const int IndentSize = 4;

    /// <summary>
    /// Roslyn's limit (<c>SourceText.LargeObjectHeapLimitInChars</c>, 40 K characters) at and above which
    /// <c>SourceText.From(TextReader, int, Encoding)</c> reads into chunks of at most that size; below it, it reads one
    /// string (the same <c>SourceText.From(string, Encoding)</c> makes).
    /// </summary>
    internal const int ChunkedTextThreshold = 40 * 1024;

    /// <summary>
    /// Builders above this many characters (2 MB of buffer) are not kept for the next writer: a generator runs in long-lived
    /// compiler and IDE processes, where every thread that ran it would hold its buffer. The built-in seeds' largest
    /// file has under 90,000 characters, the 10,000-entry benchmark corpus's 662,810. A file above the limit costs its
    /// growth chunks and, for the next writer, a new buffer: at 512 K characters that was 2 MB more per run of that corpus,
    /// in arrays large enough to land on the large-object heap.
    /// </summary>
    private const int MaxCachedCapacity = 1024 * 1024;

    /// <summary>A new buffer's size: most generated files fit (the built-in seeds' 105 average 8,500 characters).</summary>
    private const int InitialCapacity = 16 * 1024;

    /// <summary>
    /// The buffer of the last finished writer on this thread. Roslyn runs a generator's source outputs one after another
    /// on the thread that runs the generator, so the next file reuses the one chunk this buffer has grown to instead of
    /// growing chunks of its own; [ThreadStatic] keeps drivers that run at the same time on other threads (an IDE, a
    /// compiler server) out of it, and a writer started while another is open simply gets a buffer of its own.
    /// </summary>
    [ThreadStatic]
    private static StringBuilder? s_cachedBuilder;

    /// <summary>
    /// The characters <see cref="TryNarrow"/> reads from the buffer at a time: a divisor of <see cref="Latin1SourceText.ChunkSize"/>,
    /// so that no block spans two chunks.
    /// </summary>
    private const int NarrowBlockSize = 4096;

    /// <summary>
    /// ISO-8859-1 (code page 28591: U+0000–U+00FF as the bytes 0x00–0xFF) with a fallback that drops every other character,
    /// so a block narrows to exactly one byte per character or to fewer bytes. On .NET 5+ the runtime's Latin-1 encoder
    /// narrows with vector instructions; the loop it replaced compared and stored one character at a time.
    /// </summary>
    private static readonly Encoding s_latin1 = Encoding.GetEncoding(28591, new EncoderReplacementFallback(string.Empty), DecoderFallback.ReplacementFallback);

    /// <summary>The block <see cref="TryNarrow"/> copies the buffer through; per thread, as the buffer is.</summary>
    [ThreadStatic]
    private static char[]? s_narrowBlock;

    private StringBuilder _builder;
    private int _indent;

    public SourceWriter()
    {
        _builder = s_cachedBuilder ?? new StringBuilder(InitialCapacity);
        s_cachedBuilder = null;
        _builder.Clear();
    }

    public void WriteLine(string line)
    {
        if (line.Length > 0)
        {
            _builder.Append(' ', _indent * IndentSize);
            _builder.Append(line);
        }

        _builder.Append('\n');
    }

    /// <summary>The line the handler wrote, indented unless it is empty (as <see cref="WriteLine(string)"/>).</summary>
    public void WriteLine([System.Runtime.CompilerServices.InterpolatedStringHandlerArgument("")] ref LineHandler line)
    {
        line.Finish();
        _builder.Append('\n');
    }

    public void WriteLine() => _builder.Append('\n');

    /// <summary>A preprocessor directive, at the start of the line.</summary>
    public void WriteDirective(string line) => _builder.Append(line).Append('\n');

    /// <summary>Writes <c>{</c> and indents until the returned scope is disposed, which writes <c>}</c>.</summary>
    public Block Braces(string closing = "}")
    {
        WriteLine("{");
        _indent++;
        return new Block(this, closing);
    }

    public void Indent() => _indent++;

    public void Unindent() => _indent--;

    public override string ToString() => _builder.ToString();

    /// <summary>
    /// The text written, as UTF-8 source, after which this writer must not be used: its buffer goes to the next writer.
    /// A text whose characters are all below U+0100 is kept at one byte per character (<see cref="Latin1SourceText"/>).
    /// Any other text Roslyn would keep in chunks anyway (<see cref="ChunkedTextThreshold"/> characters or more) is read
    /// from the buffer into those chunks, so no string that large (one on the large-object heap) is made only to be copied.
    /// </summary>
    public SourceText ToSourceText()
    {
        StringBuilder builder = _builder;
        SourceText text = TryNarrow(builder) is byte[][] narrow
            ? new Latin1SourceText(narrow, builder.Length)
            : builder.Length < ChunkedTextThreshold
                ? SourceText.From(builder.ToString(), Encoding.UTF8)
                : SourceText.From(new BuilderReader(builder), builder.Length, Encoding.UTF8);
        _builder = null!;
        if (builder.Capacity <= MaxCachedCapacity)
        {
            s_cachedBuilder = builder;
        }

        return text;
    }

    /// <summary>
    /// The builder's characters at one byte each, in <see cref="Latin1SourceText"/>'s chunks, or <c>null</c> at the first
    /// one of U+0100 or above.
    /// </summary>
    private static byte[][]? TryNarrow(StringBuilder builder)
    {
        char[] block = s_narrowBlock ??= new char[NarrowBlockSize];
        byte[][] chunks = Latin1SourceText.AllocateChunks(builder.Length);
        for (int start = 0; start < builder.Length; start += block.Length)
        {
            int count = Math.Min(block.Length, builder.Length - start);
            builder.CopyTo(start, block, 0, count);
            if (s_latin1.GetBytes(block, 0, count, chunks[start / Latin1SourceText.ChunkSize], start % Latin1SourceText.ChunkSize) != count)
            {
                return null;
            }
        }

        return chunks;
    }

    public readonly struct Block : IDisposable
    {
        private readonly SourceWriter _writer;
        private readonly string _closing;

        public Block(SourceWriter writer, string closing)
        {
            _writer = writer;
            _closing = closing;
        }

        public void Dispose()
        {
            _writer._indent--;
            _writer.WriteLine(_closing);
        }
    }
}
