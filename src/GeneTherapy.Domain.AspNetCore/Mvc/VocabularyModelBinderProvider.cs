using System;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace GeneTherapy.Domain.AspNetCore.Mvc;

/// <summary>
/// Gives MVC a <see cref="VocabularyModelBinder"/> for every generated vocabulary enum, built-in or a consumer's own,
/// and its nullable form; MVC's collection binders use it for each element of an array or list.
/// <c>services.AddGeneTherapyDomain()</c> puts it first in <c>MvcOptions.ModelBinderProviders</c>, ahead of MVC's
/// enum binder (which parses member names and numbers).
/// </summary>
public sealed class VocabularyModelBinderProvider : IModelBinderProvider
{
    /// <inheritdoc/>
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // A header parameter gets MVC's header binder first, which asks again (without a source) for the binder it wraps.
        if (context.BindingInfo.BindingSource is BindingSource source && source.CanAcceptDataFrom(BindingSource.Header))
        {
            return null;
        }

        Type type = context.Metadata.UnderlyingOrModelType;
        return type.IsEnum && CodeTables.TryGet(type, out ICodeTable? table) ? new VocabularyModelBinder(table) : null;
    }
}
