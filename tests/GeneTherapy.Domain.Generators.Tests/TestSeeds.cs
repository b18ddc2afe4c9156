namespace GeneTherapy.Domain.Generators.Tests;

/// <summary>Seed documents written for the tests: small, but using every feature of the format.</summary>
internal static class TestSeeds
{
    public const string Vocabulary = """
        {
          "seedFormat": 1,
          "namespace": "Acme.Pipeline",
          "canonical": "https://acme.example.org/fhir",
          "version": "2026.1",
          "sources": [
            { "id": "acme-handbook", "title": "Acme <Pipeline> & Handbook", "publisher": "Acme", "url": "https://example.org/handbook", "doi": "10.1000/xyz", "kind": "peer-reviewed" }
          ],
          "enums": [
            {
              "name": "Platform",
              "summary": "A delivery platform.",
              "source": "acme-handbook",
              "properties": [
                { "name": "Integrates", "type": "bool", "summary": "Whether it integrates." },
                { "name": "Capacity", "type": "int?" },
                { "name": "Aliases", "type": "string[]" },
                { "name": "Homepage", "type": "uri?" }
              ],
              "members": [
                { "name": "Aav", "value": 1, "code": "aav", "label": "AAV", "summary": "Adeno-associated virus.", "ontology": ["NCIT:C0000"],
                  "properties": { "Integrates": false, "Capacity": 4700, "Aliases": ["rAAV"], "Homepage": "https://example.org/aav" } },
                { "name": "Lentiviral", "value": 2, "code": "lenti", "label": "Lentiviral vector",
                  "properties": { "Integrates": true, "Capacity": null, "Aliases": [] } },
                { "name": "class", "value": 3, "code": "class", "label": "A keyword",
                  "properties": { "Integrates": false, "Aliases": [] } },
                { "name": "Retroviral", "value": 4, "code": "retro", "label": "Retroviral vector",
                  "properties": { "Integrates": true, "Aliases": [] },
                  "deprecated": { "reason": "Merged into the lentiviral member", "replacement": "lenti" } }
              ]
            }
          ]
        }
        """;

    public const string Catalog = """
        {
          "seedFormat": 1,
          "namespace": "Acme.Pipeline",
          "records": [
            {
              "name": "Candidate",
              "catalog": "Candidates",
              "key": "Id",
              "summary": "A pipeline candidate.",
              "source": "acme-handbook",
              "fields": [
                { "name": "Id", "type": "string" },
                { "name": "Platform", "type": "Platform" },
                { "name": "Platforms", "type": "Platform[]?" },
                { "name": "Since", "type": "date?" },
                { "name": "Phase", "type": "int" },
                { "name": "Active", "type": "bool" },
                { "name": "Successor", "type": "Candidate?" },
                { "name": "Link", "type": "uri?" }
              ]
            }
          ],
          "entries": {
            "Candidate": [
              { "Id": "ac-101", "Platform": "aav", "Platforms": ["aav", "lenti"], "Since": "2024-02-29", "Phase": 2, "Active": true, "Successor": "ac-102", "Link": "https://example.org/ac-101" },
              { "Id": "ac-102", "Platform": "lenti", "Phase": 1, "Active": false, "source": "acme-handbook" },
              { "Id": "ac-099", "Platform": "retro", "Phase": 1, "Active": false,
                "deprecated": { "reason": "Stopped in 2023; its programme continues as ac-101.", "replacement": "ac-101" } }
            ]
          }
        }
        """;

    /// <summary>
    /// Every property of every object of seed format 1, at least once, on the instances that <c>SchemaTests</c> names:
    /// <c>enums/0/members/1</c> and <c>entries/Candidate/1</c> carry all their properties, deprecation included.
    /// </summary>
    public const string EveryProperty = """
        {
          "$schema": "schema/seed.schema.json",
          "seedFormat": 1,
          "namespace": "Acme.Everything",
          "canonical": "https://acme.example.org/fhir",
          "version": "2026.1",
          "sources": [
            { "id": "acme-handbook", "title": "Acme Handbook", "publisher": "Acme", "url": "https://example.org/handbook", "doi": "10.1000/xyz", "summary": "What we take from it.", "kind": "company" }
          ],
          "enums": [
            {
              "name": "Platform",
              "summary": "A delivery platform.",
              "source": "acme-handbook",
              "canonical": "https://acme.example.org/fhir/CodeSystem/platform",
              "version": "2026.2",
              "properties": [
                { "name": "Integrates", "type": "bool", "summary": "Whether it integrates." }
              ],
              "members": [
                { "name": "Aav", "value": 1, "code": "aav", "label": "AAV", "properties": { "Integrates": false } },
                { "name": "AavOld", "value": 2, "code": "aav-old", "label": "AAV (old code)", "summary": "The code used before 2025.", "ontology": ["NCIT:C0000"],
                  "source": "acme-handbook", "properties": { "Integrates": false }, "deprecated": { "reason": "Merged into 'aav'.", "replacement": "aav" } }
              ]
            }
          ],
          "records": [
            {
              "name": "Candidate",
              "catalog": "Candidates",
              "key": "Id",
              "summary": "A pipeline candidate.",
              "source": "acme-handbook",
              "fields": [
                { "name": "Id", "type": "string", "summary": "Acme's code for it." },
                { "name": "Platform", "type": "Platform" },
                { "name": "Since", "type": "date?" },
                { "name": "Successor", "type": "Candidate?" },
                { "name": "Tags", "type": "string[]" },
                { "name": "Link", "type": "uri?" },
                { "name": "Phase", "type": "int" }
              ]
            }
          ],
          "entries": {
            "Candidate": [
              { "Id": "ac-101", "Platform": "aav", "Since": "2024-02-29", "Successor": null, "Tags": [], "Link": "https://example.org/ac-101", "Phase": 2 },
              { "Id": "ac-100", "Platform": "aav", "Tags": ["first"], "Phase": 1, "source": "acme-handbook",
                "deprecated": { "reason": "Withdrawn; ac-101 took its place.", "replacement": "ac-101" } }
            ]
          }
        }
        """;
}
