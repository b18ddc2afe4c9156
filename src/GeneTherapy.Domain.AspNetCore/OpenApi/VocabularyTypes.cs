using System;
using System.Diagnostics.CodeAnalysis;
using GeneTherapy.Domain.AspNetCore.Binding;

namespace GeneTherapy.Domain.AspNetCore.OpenApi;

/// <summary>Which CLR types the OpenAPI document shows as a vocabulary: a generated enum, <see cref="Code{TEnum}"/>, or either as nullable.</summary>
internal static class VocabularyTypes
{
    public static bool TryGetTable(Type type, [NotNullWhen(true)] out ICodeTable? table)
    {
        Type underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying.IsEnum)
        {
            return CodeTables.TryGet(underlying, out table);
        }

        return EndpointCodeParameters.TryGetCodeTable(underlying.IsArray ? typeof(void) : underlying, out table);
    }
}
