using System;

namespace GeneTherapy.Domain.AspNetCore.Binding;

/// <summary>Where a request carries a parameter's value.</summary>
public enum CodeParameterSource
{
    /// <summary>A route value, such as <c>{vector}</c> in <c>/vectors/{vector}</c>.</summary>
    Route,

    /// <summary>A query string value, such as <c>?vector=aav</c>; repeated for an array.</summary>
    Query,

    /// <summary>A request header.</summary>
    Header,
}

/// <summary>A handler parameter bound by code: its name on the wire, where it comes from and its enum's code table.</summary>
/// <param name="Name">The name the request uses (the route value, query key or header name).</param>
/// <param name="Source">Where the value comes from.</param>
/// <param name="Table">The code table of the parameter's enum.</param>
public sealed record CodeParameter(string Name, CodeParameterSource Source, ICodeTable Table)
{
    /// <summary>The source as the problem body and the deprecation header spell it: <c>route</c>, <c>query</c> or <c>header</c>.</summary>
    public string SourceName => Source switch
    {
        CodeParameterSource.Route => "route",
        CodeParameterSource.Query => "query",
        CodeParameterSource.Header => "header",
        _ => throw new ArgumentOutOfRangeException(nameof(Source), Source, "Not a defined CodeParameterSource."),
    };
}
