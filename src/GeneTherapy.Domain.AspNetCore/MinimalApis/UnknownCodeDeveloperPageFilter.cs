using System;
using System.Threading.Tasks;
using GeneTherapy.Domain.AspNetCore.Problems;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace GeneTherapy.Domain.AspNetCore.MinimalApis;

/// <summary>
/// In Development minimal APIs throw <see cref="BadHttpRequestException"/> for a value that fails binding
/// (<c>RouteHandlerOptions.ThrowOnBadRequest</c>), and the developer exception page catches it before any outer
/// middleware. This filter, which that page runs, answers an unknown code with the same
/// <see cref="UnknownCodeProblem"/> as in Production; every other exception goes to the page as before.
/// </summary>
internal sealed class UnknownCodeDeveloperPageFilter : IDeveloperPageExceptionFilter
{
    public async Task HandleExceptionAsync(ErrorContext errorContext, Func<ErrorContext, Task> next)
    {
        HttpContext context = errorContext.HttpContext;
        if (errorContext.Exception is BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest }
            && !context.Response.HasStarted
            && CodeBindingMiddleware.FirstUnknownCode(context) is UnknownCodeProblem problem)
        {
            await problem.WriteAsync(context.Response);
            return;
        }

        await next(errorContext);
    }
}
