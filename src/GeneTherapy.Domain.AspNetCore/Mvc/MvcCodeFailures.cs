using System;
using System.Linq;
using GeneTherapy.Domain.AspNetCore.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace GeneTherapy.Domain.AspNetCore.Mvc;

/// <summary>
/// Carries the first unknown code of an MVC request from the binder to <c>ApiBehaviorOptions.InvalidModelStateResponseFactory</c>,
/// which answers with the same <see cref="UnknownCodeProblem"/> as minimal APIs.
/// </summary>
internal static class MvcCodeFailures
{
    private static readonly object s_key = new();

    public static void Record(ModelBindingContext context, string value, ICodeTable table)
    {
        if (context.HttpContext.Items.ContainsKey(s_key))
        {
            return;
        }

        string source = SourceOf(context.ActionContext.ActionDescriptor, context.ModelName)
            ?? (context.ActionContext.RouteData.Values.ContainsKey(context.ModelName) ? "route" : "query");
        context.HttpContext.Items[s_key] = new UnknownCodeProblem(context.ModelName, source, value, table);
    }

    public static UnknownCodeProblem? Find(HttpContext context)
        => context.Items.TryGetValue(s_key, out object? problem) ? problem as UnknownCodeProblem : null;

    /// <summary>Wraps an existing factory: an unknown code gets the problem body, anything else what the app had.</summary>
    public static Func<ActionContext, IActionResult> Wrap(Func<ActionContext, IActionResult> previous)
        => context => Find(context.HttpContext) is UnknownCodeProblem problem ? new UnknownCodeResult(problem) : previous(context);

    // An element of an array is bound in a nested context without a binding source; the action's parameter has it.
    private static string? SourceOf(ActionDescriptor action, string modelName)
    {
        BindingSource? source = action.Parameters
            .FirstOrDefault(p => string.Equals(p.BindingInfo?.BinderModelName ?? p.Name, modelName, StringComparison.OrdinalIgnoreCase))
            ?.BindingInfo?.BindingSource;
        if (source == BindingSource.Path)
        {
            return "route";
        }

        return source == BindingSource.Header ? "header" : source == BindingSource.Query ? "query" : null;
    }

    private sealed class UnknownCodeResult : IActionResult
    {
        private readonly UnknownCodeProblem _problem;

        public UnknownCodeResult(UnknownCodeProblem problem) => _problem = problem;

        public System.Threading.Tasks.Task ExecuteResultAsync(ActionContext context) => _problem.WriteAsync(context.HttpContext.Response);
    }
}
