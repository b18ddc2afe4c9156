using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using GeneTherapy.Domain.AspNetCore.Binding;
using GeneTherapy.Domain.AspNetCore.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace GeneTherapy.Domain.AspNetCore.MinimalApis;

/// <summary>
/// Wraps the whole pipeline (added by an <see cref="IStartupFilter"/>, so the app needs no <c>Use...</c> call) and, for
/// minimal API endpoints with <see cref="Code{TEnum}"/> parameters: adds <see cref="DeprecatedCodeHeader"/> items when
/// the response starts, and turns the framework's empty 400 after a failed binding into an
/// <see cref="UnknownCodeProblem"/>.
/// </summary>
/// <remarks>
/// The framework binds first (the handler never sees an unknown code); this middleware only explains the failure,
/// reading the raw values again after the endpoint has run, when routing has chosen it. In Development the
/// framework throws instead of returning 400; <see cref="UnknownCodeDeveloperPageFilter"/> answers that case.
/// </remarks>
internal sealed class CodeBindingMiddleware
{
    private readonly RequestDelegate _next;

    public CodeBindingMiddleware(RequestDelegate next) => _next = next;

    public async Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state => AddDeprecationHeaders((HttpContext)state), context);
        await _next(context);

        if (context.Response.StatusCode == StatusCodes.Status400BadRequest && !context.Response.HasStarted
            && FirstUnknownCode(context) is UnknownCodeProblem problem)
        {
            await problem.WriteAsync(context.Response);
        }
    }

    internal static UnknownCodeProblem? FirstUnknownCode(HttpContext context)
    {
        IReadOnlyList<CodeParameter> parameters = EndpointCodeParameters.Of(context.GetEndpoint());
        foreach (CodeValue value in CodeValues.Read(context.Request, parameters))
        {
            if (value.Term is null)
            {
                return UnknownCodeProblem.For(value);
            }
        }

        return null;
    }

    private static Task AddDeprecationHeaders(HttpContext context)
    {
        IReadOnlyList<CodeParameter> parameters = EndpointCodeParameters.Of(context.GetEndpoint());
        foreach (CodeValue value in CodeValues.Read(context.Request, parameters))
        {
            if (value.Term is { IsDeprecated: true } term)
            {
                DeprecatedCodeHeader.Append(context.Response, value.Parameter.Name, term);
            }
        }

        return Task.CompletedTask;
    }
}

/// <summary>Puts <see cref="CodeBindingMiddleware"/> around the application's pipeline.</summary>
internal sealed class CodeBindingStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<CodeBindingMiddleware>();
        next(app);
    };
}
