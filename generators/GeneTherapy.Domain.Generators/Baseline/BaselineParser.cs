using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using GeneTherapy.Domain.Generators.Diagnostics;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Baseline;

/// <summary>Reads a baseline file (see <see cref="BaselineFormat"/>); a line it cannot read is GTD0058 at that line.</summary>
internal static class BaselineParser
{
    public static BaselineDocument ParseBaseline(string path, string text, CancellationToken cancellationToken)
    {
        var terms = new List<BaselineTerm>();
        var diagnostics = new List<DiagnosticInfo>();
        int start = 0;
        for (int line = 0; start <= text.Length; line++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int end = text.IndexOf('\n', start);
            int next = end < 0 ? text.Length + 1 : end + 1;
            string content = text.Substring(start, (end < 0 ? text.Length : end) - start).TrimEnd('\r');
            var location = new SeedLocation(path, start, content.Length, line, 0, line, content.Length);
            string trimmed = content.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith(BaselineFormat.Comment, StringComparison.Ordinal))
            {
                var reader = new LineReader(trimmed);
                BaselineTerm? term = ReadTerm(ref reader, location);
                if (term is null || !reader.AtEnd)
                {
                    string problem = reader.Problem ?? "unexpected text after the term";
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidBaselineLine, location, problem));
                }
                else
                {
                    terms.Add(term);
                }
            }

            start = next;
        }

        return new BaselineDocument(path, terms.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static BaselineTerm? ReadTerm(ref LineReader reader, SeedLocation location)
    {
        string? kind = reader.Word("'namespace', 'enum' or 'catalog'");
        switch (kind)
        {
            case BaselineFormat.NamespaceWord:
                string? ns = reader.Word("a namespace");
                return ns is null ? null : new BaselineTerm(BaselineTermKind.Namespace, string.Empty, ns, 0, string.Empty, location);
            case BaselineFormat.EnumWord:
                string? enumName = reader.Word("the enum's full name");
                string? member = reader.Keyword(BaselineFormat.MemberWord) ? reader.Word("the member's name") : null;
                int? value = member is not null && reader.Keyword("=") ? reader.Integer() : null;
                string? code = value is not null && reader.Keyword(BaselineFormat.CodeWord) ? reader.Quoted() : null;
                return enumName is null || member is null || value is null || code is null
                    ? null
                    : new BaselineTerm(BaselineTermKind.Member, enumName, member, value.Value, code, location);
            case BaselineFormat.CatalogWord:
                string? catalog = reader.Word("the catalog's full name");
                string? key = catalog is not null && reader.Keyword(BaselineFormat.KeyWord) ? reader.Quoted() : null;
                return catalog is null || key is null ? null : new BaselineTerm(BaselineTermKind.Key, catalog, key, 0, string.Empty, location);
            default:
                reader.Fail($"a term starts with 'namespace', 'enum' or 'catalog', not '{kind}'");
                return null;
        }
    }

    /// <summary>Reads the space-separated parts of one line; the first problem it meets is kept for the message.</summary>
    private struct LineReader
    {
        private readonly string _line;
        private int _position;

        public LineReader(string line)
        {
            _line = line;
            _position = 0;
            Problem = null;
        }

        public string? Problem { get; private set; }

        public bool AtEnd => _position >= _line.Length;

        public void Fail(string problem) => Problem ??= problem;

        public string? Word(string what)
        {
            SkipSpaces();
            int start = _position;
            while (_position < _line.Length && _line[_position] != ' ')
            {
                _position++;
            }

            if (_position == start)
            {
                Fail("the line ends where " + what + " should follow");
                return null;
            }

            return _line.Substring(start, _position - start);
        }

        public bool Keyword(string keyword)
        {
            int before = _position;
            string? word = Word("'" + keyword + "'");
            if (word == keyword)
            {
                return true;
            }

            _position = before;
            Fail(word is null ? "expected '" + keyword + "'" : $"expected '{keyword}', not '{word}'");
            return false;
        }

        public int? Integer()
        {
            string? word = Word("a value");
            if (word is not null && int.TryParse(word, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
            {
                return value;
            }

            Fail(word is null ? "expected a value" : $"'{word}' is not an integer value");
            return null;
        }

        public string? Quoted()
        {
            SkipSpaces();
            if (_position >= _line.Length || _line[_position] != '"')
            {
                Fail("expected a quoted string");
                return null;
            }

            var builder = new StringBuilder();
            for (_position++; _position < _line.Length; _position++)
            {
                char c = _line[_position];
                if (c == '"')
                {
                    _position++;
                    return builder.ToString();
                }

                if (c == '\\' && !Unescape(builder))
                {
                    return null;
                }
                else if (c != '\\')
                {
                    builder.Append(c);
                }
            }

            Fail("the quoted string is not closed");
            return null;
        }

        private bool Unescape(StringBuilder builder)
        {
            char next = _position + 1 < _line.Length ? _line[_position + 1] : '\0';
            if (next is '"' or '\\')
            {
                builder.Append(next);
                _position++;
                return true;
            }

            if (next == 'u' && _position + 5 < _line.Length
                && int.TryParse(_line.Substring(_position + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int unit))
            {
                builder.Append((char)unit);
                _position += 5;
                return true;
            }

            Fail("a quoted string allows only the escapes \\\\, \\\" and \\uXXXX");
            return false;
        }

        private void SkipSpaces()
        {
            while (_position < _line.Length && _line[_position] == ' ')
            {
                _position++;
            }
        }
    }
}
