using System;
using System.Linq;
using GeneTherapy.Domain.AspNetCore.MinimalApis;
using GeneTherapy.Domain.AspNetCore.Mvc;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Turns on binding by code for GeneTherapy.Domain vocabularies.</summary>
public static class GeneTherapyDomainServiceCollectionExtensions
{
    /// <summary>
    /// Binding by code, in one line: minimal API <see cref="GeneTherapy.Domain.AspNetCore.Code{TEnum}"/> parameters
    /// get the <c>application/problem+json</c> 400 for an unknown code and the <c>Deprecated-Code</c> header for a retired
    /// one (a middleware around the pipeline, and a developer exception page filter for Development); MVC gets
    /// <see cref="VocabularyModelBinderProvider"/> first among its binders, and an <c>[ApiController]</c>'s automatic
    /// 400 for an unknown code becomes the same problem. Calling it twice adds nothing twice.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <returns>The same services.</returns>
    public static IServiceCollection AddGeneTherapyDomain(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(Marker)))
        {
            return services;
        }

        services.AddSingleton<Marker>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStartupFilter, CodeBindingStartupFilter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDeveloperPageExceptionFilter, UnknownCodeDeveloperPageFilter>());
        services.Configure<MvcOptions>(options => options.ModelBinderProviders.Insert(0, new VocabularyModelBinderProvider()));
        services.PostConfigure<ApiBehaviorOptions>(options =>
            options.InvalidModelStateResponseFactory = MvcCodeFailures.Wrap(options.InvalidModelStateResponseFactory));
        return services;
    }

    private sealed class Marker
    {
    }
}
