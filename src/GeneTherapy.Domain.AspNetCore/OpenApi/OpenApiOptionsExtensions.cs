using System;
using GeneTherapy.Domain.AspNetCore.OpenApi;

namespace Microsoft.AspNetCore.OpenApi;

/// <summary>Turns on vocabulary schemas in a <c>Microsoft.AspNetCore.OpenApi</c> document.</summary>
public static class GeneTherapyDomainOpenApiOptionsExtensions
{
    /// <summary>
    /// Every vocabulary enum (built-in or your own, as an enum or <see cref="GeneTherapy.Domain.AspNetCore.Code{TEnum}"/>)
    /// becomes one named component schema, <c>#/components/schemas/{EnumName}</c>, that parameters and bodies reference:
    /// <c>type: string</c>, its codes as <c>enum</c>, labels and retired codes as extensions
    /// (<see cref="VocabularySchemaTransformer"/>). Other types keep their default reference ids.
    /// </summary>
    /// <param name="options">The document's options, as in <c>services.AddOpenApi(o =&gt; o.AddGeneTherapyDomainSchemas())</c>.</param>
    /// <returns>The same options.</returns>
    public static OpenApiOptions AddGeneTherapyDomainSchemas(this OpenApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var previous = options.CreateSchemaReferenceId;
        options.CreateSchemaReferenceId = typeInfo
            => VocabularyTypes.TryGetTable(typeInfo.Type, out GeneTherapy.Domain.ICodeTable? table) ? table.Name : previous(typeInfo);
        options.AddSchemaTransformer<VocabularySchemaTransformer>();
        options.AddOperationTransformer<VocabularyParameterTransformer>();
        return options;
    }
}
