using System;

namespace GeneTherapy.Domain;

/// <summary>
/// A public document that seed files cite: every term, record and entry can answer "where does this
/// come from?" with one of these. Generated <c>Sources</c> classes hold the instances.
/// </summary>
public sealed class Source : IEquatable<Source>
{
    /// <summary>Creates a source.</summary>
    /// <param name="id">The id seed files use to cite it, such as <c>fda-what-is-gene-therapy</c>.</param>
    /// <param name="title">The document's title.</param>
    /// <param name="publisher">Who published it, when known.</param>
    /// <param name="url">Where it can be read, when known.</param>
    /// <param name="doi">Its DOI, when it has one.</param>
    /// <param name="summary">What the seed files take from it.</param>
    /// <param name="kind">What kind of document it is, when the seed files grade it.</param>
    public Source(string id, string title, string? publisher = null, Uri? url = null, string? doi = null, string? summary = null, SourceKind? kind = null)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Title = title ?? throw new ArgumentNullException(nameof(title));
        Publisher = publisher;
        Url = url;
        Doi = doi;
        Summary = summary;
        Kind = kind;
    }

    /// <summary>The id seed files use to cite this source.</summary>
    public string Id { get; }

    /// <summary>The document's title.</summary>
    public string Title { get; }

    /// <summary>Who published the document, when known.</summary>
    public string? Publisher { get; }

    /// <summary>Where the document can be read, when known.</summary>
    public Uri? Url { get; }

    /// <summary>The document's DOI, when it has one.</summary>
    public string? Doi { get; }

    /// <summary>What the seed files take from the document.</summary>
    public string? Summary { get; }

    /// <summary>What kind of document this is (regulator, legislation, peer-reviewed, company, press), when graded.</summary>
    public SourceKind? Kind { get; }

    /// <summary>
    /// Whether the document is a regulator's own page or the text of a law (<see cref="SourceKind.Regulator"/> or
    /// <see cref="SourceKind.Legislation"/>): the sources to rely on when only official word will do.
    /// </summary>
    public bool IsOfficial => Kind is SourceKind.Regulator or SourceKind.Legislation;

    /// <summary>A one-line citation: title, publisher and URL or DOI.</summary>
    /// <returns>The citation.</returns>
    public override string ToString()
    {
        string where = Url is not null ? " <" + Url.OriginalString + ">" : Doi is not null ? " doi:" + Doi : string.Empty;
        return Title + (Publisher is null ? string.Empty : ", " + Publisher) + where;
    }

    /// <inheritdoc/>
    public bool Equals(Source? other) => other is not null
        && Id == other.Id && Title == other.Title && Publisher == other.Publisher
        && Equals(Url, other.Url) && Doi == other.Doi && Summary == other.Summary && Kind == other.Kind;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Source);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);
}
