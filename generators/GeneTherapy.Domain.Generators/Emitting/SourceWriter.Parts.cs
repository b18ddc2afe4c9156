using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;

namespace GeneTherapy.Domain.Generators.Emitting;

internal sealed partial class SourceWriter
{
    /// <summary>
    /// What <c>WriteLine($"...")</c> compiles to: the indent, then each literal part and hole appended in place. Holes
    /// take only what has one culture-free C# spelling: strings (already C#), <see cref="int"/> (invariant digits) and
    /// <see cref="ILinePart"/>s (the escaping parts of <see cref="CSharpSyntax"/>); anything else does not compile.
    /// </summary>
    [InterpolatedStringHandler]
    public ref struct LineHandler
    {
        private readonly StringBuilder _builder;
        private readonly int _start;
        private readonly int _indented;

        public LineHandler(int literalLength, int formattedCount, SourceWriter writer)
        {
            _ = literalLength;
            _ = formattedCount;
            _builder = writer._builder;
            _start = _builder.Length;
            _builder.Append(' ', writer._indent * IndentSize);
            _indented = _builder.Length;
        }

        public void AppendLiteral(string value) => _builder.Append(value);

        public void AppendFormatted(string? value) => _builder.Append(value);

        public void AppendFormatted(int value) => CSharpSyntax.AppendInt(_builder, value);

        /// <summary>A part that writes itself (escaped text, a value, an expression), generic so a struct is not boxed.</summary>
        public void AppendFormatted<TPart>(TPart part)
            where TPart : struct, ILinePart => part.AppendTo(_builder);

        /// <summary>Drops the indent of a line that stayed empty, as <see cref="WriteLine(string)"/> writes none.</summary>
        internal void Finish()
        {
            if (_builder.Length == _indented)
            {
                _builder.Length = _start;
            }
        }
    }

    /// <summary>
    /// Something <see cref="LineHandler"/> appends by asking it to write itself into the line. Parts override
    /// <c>ToString</c> with <see cref="Render"/>, so one that lands outside a handler (in a conditional of two
    /// interpolated strings, say, which C# formats as a string) still writes its text, not its type name.
    /// </summary>
    public interface ILinePart
    {
        void AppendTo(StringBuilder builder);
    }

    /// <summary>The text a part appends, as a string.</summary>
    public static string Render<TPart>(TPart part)
        where TPart : struct, ILinePart
    {
        var builder = new StringBuilder();
        part.AppendTo(builder);
        return builder.ToString();
    }

    /// <summary>Reads a builder's characters in blocks, for <c>SourceText.From(TextReader, int, Encoding)</c>.</summary>
    private sealed class BuilderReader : TextReader
    {
        private readonly StringBuilder _builder;
        private int _position;

        public BuilderReader(StringBuilder builder) => _builder = builder;

        public override int Peek() => _position < _builder.Length ? _builder[_position] : -1;

        public override int Read() => _position < _builder.Length ? _builder[_position++] : -1;

        public override int Read(char[] buffer, int index, int count)
        {
            int read = Math.Min(count, _builder.Length - _position);
            _builder.CopyTo(_position, buffer, index, read);
            _position += read;
            return read;
        }

        public override string ReadToEnd()
        {
            string rest = _builder.ToString(_position, _builder.Length - _position);
            _position = _builder.Length;
            return rest;
        }
    }
}
