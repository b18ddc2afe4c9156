using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace GeneTherapy.Domain.AspNetCore.OpenApi;

/// <summary>
/// Describes every vocabulary enum (and <see cref="Code{TEnum}"/>) as what a client sends: <c>type: string</c>,
/// <c>enum</c> = its codes in order of value (retired ones included, since they still bind), the enum's summary as
/// <c>description</c>, and the extensions <c>x-enum-varnames</c> (C# member names), <c>x-enum-descriptions</c> (labels,
/// parallel to <c>enum</c>) and <c>x-enum-deprecated</c> (the retired codes; left out when there are none).
/// </summary>
public sealed class VocabularySchemaTransformer : IOpenApiSchemaTransformer
{
    /// <summary>The extension listing C# member names, parallel to <c>enum</c> (read by openapi-generator and NSwag).</summary>
    public const string VarNames = "x-enum-varnames";

    /// <summary>The extension listing labels, parallel to <c>enum</c>.</summary>
    public const string Descriptions = "x-enum-descriptions";

    /// <summary>The extension listing retired codes, which still bind.</summary>
    public const string Deprecated = "x-enum-deprecated";

    /// <inheritdoc/>
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        if (VocabularyTypes.TryGetTable(context.JsonTypeInfo.Type, out ICodeTable? table))
        {
            Describe(schema, table);
        }

        return Task.CompletedTask;
    }

    /// <summary>Makes <paramref name="schema"/> the schema of <paramref name="table"/>'s codes.</summary>
    /// <param name="schema">The schema to rewrite.</param>
    /// <param name="table">The enum's code table.</param>
    public static void Describe(OpenApiSchema schema, ICodeTable table)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(table);
        bool nullable = schema.Type is JsonSchemaType type && type.HasFlag(JsonSchemaType.Null);
        schema.Type = nullable ? JsonSchemaType.String | JsonSchemaType.Null : JsonSchemaType.String;
        schema.Format = null;
        schema.Properties?.Clear();
        schema.Required?.Clear();
        schema.AdditionalPropertiesAllowed = true;
        schema.Description = table.Summary;
        schema.Enum = table.Terms.Select(t => (JsonNode)JsonValue.Create(t.Code)!).ToList();
        schema.Extensions ??= new System.Collections.Generic.Dictionary<string, IOpenApiExtension>(StringComparer.Ordinal);
        schema.Extensions[VarNames] = Array(table.Terms.Select(t => t.Value.ToString()));
        schema.Extensions[Descriptions] = Array(table.Terms.Select(t => t.Label));
        string[] retired = table.Terms.Where(t => t.IsDeprecated).Select(t => t.Code).ToArray();
        if (retired.Length > 0)
        {
            schema.Extensions[Deprecated] = Array(retired);
        }
        else
        {
            schema.Extensions.Remove(Deprecated);
        }
    }

    private static JsonNodeExtension Array(System.Collections.Generic.IEnumerable<string> values)
        => new(new JsonArray(values.Select(v => (JsonNode)JsonValue.Create(v)!).ToArray()));
}
