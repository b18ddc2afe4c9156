using System.Collections.Generic;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace GeneTherapy.Domain.AspNetCore.Binding;

/// <summary>One value a request sent for a code parameter, and the term it names (<c>null</c> when it is not a code).</summary>
/// <param name="Parameter">The parameter.</param>
/// <param name="Value">The value as received.</param>
/// <param name="Term">The term, or <c>null</c> for an unknown code.</param>
internal readonly record struct CodeValue(CodeParameter Parameter, string Value, ICodeTerm? Term);

/// <summary>Reads the raw values a request sent for code parameters, in parameter order, each array element on its own.</summary>
internal static class CodeValues
{
    public static IEnumerable<CodeValue> Read(HttpRequest request, IReadOnlyList<CodeParameter> parameters)
    {
        foreach (CodeParameter parameter in parameters)
        {
            foreach (string? value in Raw(request, parameter))
            {
                // The framework treats an empty value as absent (null for an optional parameter).
                if (string.IsNullOrEmpty(value))
                {
                    continue;
                }

                parameter.Table.TryGetByCode(value, out ICodeTerm? term);
                yield return new CodeValue(parameter, value, term);
            }
        }
    }

    private static StringValues Raw(HttpRequest request, CodeParameter parameter) => parameter.Source switch
    {
        CodeParameterSource.Route => request.RouteValues.TryGetValue(parameter.Name, out object? value) ? new StringValues(value?.ToString()) : StringValues.Empty,
        CodeParameterSource.Query => request.Query[parameter.Name],
        _ => request.Headers[parameter.Name],
    };
}
