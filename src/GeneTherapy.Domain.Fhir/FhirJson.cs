using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace GeneTherapy.Domain.Fhir;

/// <summary>The one JSON form of the resources: FHIR R4 JSON, indented, as Firely's serializer writes it.</summary>
public static class FhirJson
{
    private static readonly JsonSerializerOptions s_options = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector).Pretty();

    /// <summary>Serializes a resource.</summary>
    /// <param name="resource">The resource.</param>
    /// <returns>Its FHIR JSON.</returns>
    public static string Serialize(Resource resource) => JsonSerializer.Serialize(resource, resource.GetType(), s_options);

    /// <summary>Reads a resource.</summary>
    /// <typeparam name="TResource">The resource type the JSON holds.</typeparam>
    /// <param name="json">FHIR JSON.</param>
    /// <returns>The resource.</returns>
    public static TResource Deserialize<TResource>(string json)
        where TResource : Resource
        => JsonSerializer.Deserialize<TResource>(json, s_options)!;
}
