using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Firely.Fhir.Validation;
using GeneTherapy.Domain.Fhir.Tests.Registry;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Hl7.Fhir.Specification.Terminology;

namespace GeneTherapy.Domain.Fhir.Tests;

/// <summary>
/// The real Firely validator and local terminology service, offline: the R4 core specification
/// (Hl7.Fhir.Specification.Data.R4's specification.zip) plus every resource of the built-in vocabulary and the test seed,
/// with best-practice constraints reported as warnings.
/// Built once; the first validation compiles the core profiles, and its time is kept.
/// </summary>
public static class FhirValidation
{
    private static readonly Lazy<State> s_state = new(Create);
    private static readonly object s_firstCallLock = new();
    private static TimeSpan? s_firstCall;

    /// <summary>The tables whose terminology the tests check: every built-in enum and the test seed's published ones.</summary>
    public static IReadOnlyList<ICodeTable> Tables { get; } = FhirPackage.TablesOf(typeof(VectorPlatform).Assembly)
        .Concat(FhirPackage.TablesOf(typeof(SampleKind).Assembly).Where(t => t.CodeSystemUrl is not null))
        .ToList();

    /// <summary>Every resource of <see cref="Tables"/>, as the package holds them.</summary>
    public static IReadOnlyList<Resource> Resources => s_state.Value.Resources;

    /// <summary>The terminology service over the core specification and <see cref="Resources"/>.</summary>
    public static ITerminologyService Terminology => s_state.Value.Terminology;

    /// <summary>How long the first validator call took (compiling the core profiles it needs), once it has run.</summary>
    public static TimeSpan? FirstCall => s_firstCall;

    /// <summary>Validates a resource against the core specification.</summary>
    /// <param name="resource">The resource.</param>
    /// <returns>The validator's outcome.</returns>
    public static OperationOutcome Validate(Resource resource)
    {
        State state = s_state.Value;
        lock (s_firstCallLock)
        {
            if (s_firstCall is null)
            {
                var watch = Stopwatch.StartNew();
                OperationOutcome first = state.Validator.Validate(resource);
                s_firstCall = watch.Elapsed;
                return first;
            }
        }

        return state.Validator.Validate(resource);
    }

    /// <summary>The issues at warning level or above, one line each, for a failure message.</summary>
    public static IReadOnlyList<string> Problems(OperationOutcome outcome) => outcome.Issue
        .Where(i => i.Severity is OperationOutcome.IssueSeverity.Warning or OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
        .Select(i => $"{i.Severity} {i.Code} at {string.Join(",", i.Expression ?? Enumerable.Empty<string>())}: {i.Details?.Text ?? i.Diagnostics}")
        .ToList();

    private static State Create()
    {
        List<Resource> resources = FhirPackage.CreateResources(Tables).ToList();

        // The terminology service gets instances of its own: its expander stores each expansion in the ValueSet it
        // resolved, and the tests validate the resources as the package publishes them (without an expansion).
        IAsyncResourceResolver resolver = new CachedResolver(new MultiResolver(
            new InMemoryResourceResolver(FhirPackage.CreateResources(Tables)), ZipSource.CreateValidationSource()));
        var terminology = new LocalTerminologyService(resolver);
        // Best-practice constraints are skipped by default, and dom-6 (a resource should have a narrative) is excluded by
        // name; here both are on and warn, so "no warnings" covers them too.
        var settings = new ValidationSettings { ConstraintBestPractices = ValidateBestPracticesSeverity.Warning };
        settings.ExcludeFilters.Clear();
        return new State(resources, terminology, new Validator(resolver, terminology, null, settings));
    }

    private sealed record State(IReadOnlyList<Resource> Resources, ITerminologyService Terminology, Validator Validator);
}
