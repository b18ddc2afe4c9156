using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GeneTherapy.Domain.AspNetCore.OpenApi;

/// <summary>
/// Points every route, query and header parameter of a vocabulary type (<see cref="Code{TEnum}"/>, the enum, nullable, or
/// an array of either) at the enum's component schema. The document generator describes a type with a static
/// <c>TryParse</c> as an inline <c>type: string</c> without asking the schema pipeline, so
/// <see cref="VocabularySchemaTransformer"/> alone never sees <c>Code&lt;TEnum&gt;</c> parameters.
/// </summary>
internal sealed class VocabularyParameterTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.Parameters is null)
        {
            return Task.CompletedTask;
        }

        foreach (ApiParameterDescription description in context.Description.ParameterDescriptions)
        {
            Type type = description.Type ?? typeof(void);
            bool isArray = type.IsArray;
            if (!VocabularyTypes.TryGetTable(isArray ? type.GetElementType()! : type, out ICodeTable? table)
                || operation.Parameters.FirstOrDefault(p => string.Equals(p.Name, description.Name, StringComparison.OrdinalIgnoreCase)) is not OpenApiParameter parameter)
            {
                continue;
            }

            OpenApiDocument document = context.Document ?? throw new InvalidOperationException("The operation has no document.");
            IOpenApiSchema reference = VocabularyComponents.Reference(document, table);
            parameter.Schema = isArray ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = reference } : reference;
        }

        return Task.CompletedTask;
    }
}

/// <summary>The component schema of a vocabulary, added to the document the first time something refers to it.</summary>
internal static class VocabularyComponents
{
    public static OpenApiSchemaReference Reference(OpenApiDocument document, ICodeTable table)
    {
        if (document.Components?.Schemas?.ContainsKey(table.Name) != true)
        {
            var schema = new OpenApiSchema();
            VocabularySchemaTransformer.Describe(schema, table);
            document.AddComponent<IOpenApiSchema>(table.Name, schema);
        }

        return new OpenApiSchemaReference(table.Name, document);
    }
}
