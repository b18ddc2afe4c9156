using System;
using System.Threading.Tasks;
using GeneTherapy.Domain.AspNetCore.Binding;
using GeneTherapy.Domain.AspNetCore.Problems;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace GeneTherapy.Domain.AspNetCore.Mvc;

/// <summary>
/// Binds one vocabulary enum value by code from MVC's value providers (route, query, header, form). An unknown code
/// is a model-state error whose message lists the valid codes, and is remembered so that an <c>[ApiController]</c>'s
/// automatic 400 becomes the <see cref="UnknownCodeProblem"/>. A retired code binds and adds a
/// <see cref="DeprecatedCodeHeader"/> item.
/// </summary>
public sealed class VocabularyModelBinder : IModelBinder
{
    private readonly ICodeTable _table;

    /// <summary>Creates a binder for one enum.</summary>
    /// <param name="table">The enum's code table.</param>
    public VocabularyModelBinder(ICodeTable table) => _table = table ?? throw new ArgumentNullException(nameof(table));

    /// <inheritdoc/>
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        ValueProviderResult result = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (result == ValueProviderResult.None || string.IsNullOrEmpty(result.FirstValue))
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, result);
        string value = result.FirstValue;
        if (_table.TryGetByCode(value, out ICodeTerm? term))
        {
            if (term.IsDeprecated)
            {
                DeprecatedCodeHeader.Append(bindingContext.HttpContext.Response, bindingContext.ModelName, term);
            }

            bindingContext.Result = ModelBindingResult.Success(term.Value);
            return Task.CompletedTask;
        }

        bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, UnknownCode.Describe(_table, value));
        MvcCodeFailures.Record(bindingContext, value, _table);
        bindingContext.Result = ModelBindingResult.Failed();
        return Task.CompletedTask;
    }
}
