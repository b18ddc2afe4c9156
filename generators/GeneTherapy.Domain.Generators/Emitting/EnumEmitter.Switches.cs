using System.Text;
using GeneTherapy.Domain.Generators.Model;

namespace GeneTherapy.Domain.Generators.Emitting;

internal static partial class EnumEmitter
{
    private enum SwitchArm
    {
        Code,
        Label,
        Info,
        Property,
    }

    /// <summary>
    /// The extension methods that look a member up: an array read when values are dense (<see cref="DenseLookup"/>),
    /// else a switch with one arm per member, the member's C# built once for all of them.
    /// </summary>
    private readonly struct SwitchArms
    {
        private readonly EnumSpec _spec;
        private readonly string _type;
        private readonly string[] _members;

        public SwitchArms(EnumSpec spec, string type, string[] members)
        {
            _spec = spec;
            _type = type;
            _members = members;
        }

        /// <param name="denseArray">The private array that holds the results in value order, when values are dense.</param>
        public void WriteLookup(SourceWriter w, string returnType, string name, string summary, SwitchArm arm, string? denseArray)
        {
            if (denseArray is null)
            {
                WriteSwitch(w, returnType, name, summary, arm);
                return;
            }

            WriteDocs(w, name, summary);
            w.WriteLine($"public static {returnType} {CSharpSyntax.Identifier(name)}(this {_type} value)");
            DenseLookup.WriteBody(w, denseArray, _spec.Members[0].Value, _spec.Name);
        }

        /// <param name="property">For <see cref="SwitchArm.Property"/>, the index of the property.</param>
        public void WriteSwitch(SourceWriter w, string returnType, string name, string summary, SwitchArm arm, int property = 0)
        {
            WriteDocs(w, name, summary);
            w.WriteLine($"public static {returnType} {CSharpSyntax.Identifier(name)}(this {_type} value) => value switch");
            using (w.Braces("};"))
            {
                for (int i = 0; i < _members.Length; i++)
                {
                    WriteArm(w, arm, i, property);
                }

                w.WriteLine($"_ => {CSharpSyntax.ThrowUndefinedValue(_spec.Name)},");
            }
        }

        private static void WriteDocs(SourceWriter w, string name, string summary)
        {
            w.WriteLine();
            CSharpSyntax.WriteSummary(w, summary, name);
            w.WriteLine("/// <param name=\"value\">A defined member of the enum.</param>");
            w.WriteLine("/// <exception cref=\"global::System.ArgumentOutOfRangeException\"><paramref name=\"value\"/> is not a defined member.</exception>");
        }

        private void WriteArm(SourceWriter w, SwitchArm arm, int i, int property)
        {
            MemberSpec member = _spec.Members[i];
            switch (arm)
            {
                case SwitchArm.Code:
                    w.WriteLine($"{_members[i]} => {CSharpSyntax.LiteralOf(member.Code)},");
                    break;
                case SwitchArm.Label:
                    w.WriteLine($"{_members[i]} => {CSharpSyntax.LiteralOf(member.Label)},");
                    break;
                case SwitchArm.Info:
                    w.WriteLine($"{_members[i]} => {GeneratedNames.TermsField}[{i}],");
                    break;
                default:
                    ValueSpec value = member.PropertyValues[property];
                    if (CSharpSyntax.Allocates(value))
                    {
                        w.WriteLine($"{_members[i]} => {CachedName(property, i)},");
                    }
                    else
                    {
                        w.WriteLine($"{_members[i]} => {CSharpSyntax.ValueOf(value)},");
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// The member's <c>TermInfo</c>, with named arguments: the runtime's constructor has several <c>string?</c> parameters
    /// in a row, and a positional call would compile unchanged if two of them were ever swapped.
    /// </summary>
    private readonly struct TermInfoPart : SourceWriter.ILinePart
    {
        private readonly string _type;
        private readonly string _member;
        private readonly MemberSpec _spec;

        public TermInfoPart(string type, string member, MemberSpec spec)
        {
            _type = type;
            _member = member;
            _spec = spec;
        }

        public void AppendTo(StringBuilder builder)
        {
            builder.Append("new(value: ").Append(_member).Append(", code: ");
            CSharpSyntax.AppendLiteral(builder, _spec.Code);
            builder.Append(", label: ");
            CSharpSyntax.AppendLiteral(builder, _spec.Label);
            builder.Append(", summary: ");
            CSharpSyntax.OptionalLiteralOf(_spec.Summary).AppendTo(builder);
            builder.Append(", ontologyCodes: ");
            CSharpSyntax.StringListOf(_spec.Ontology).AppendTo(builder);
            builder.Append(", source: ");
            CSharpSyntax.SourceExpressionOf(_spec.Source).AppendTo(builder);
            if (_spec.Deprecation is DeprecationSpec deprecation)
            {
                builder.Append(", deprecationReason: ");
                CSharpSyntax.AppendLiteral(builder, deprecation.Reason);
                if (deprecation.ReplacementName is not null)
                {
                    builder.Append(", replacedBy: ").Append(_type).Append('.');
                    CSharpSyntax.AppendIdentifier(builder, deprecation.ReplacementName);
                    builder.Append(", replacementCode: ");
                    CSharpSyntax.AppendLiteral(builder, deprecation.ReplacementCode!);
                }
            }

            builder.Append(')');
        }

        public override string ToString() => SourceWriter.Render(this);
    }
}
