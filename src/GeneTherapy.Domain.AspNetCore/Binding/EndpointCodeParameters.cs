using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;

namespace GeneTherapy.Domain.AspNetCore.Binding;

/// <summary>
/// The <see cref="Code{TEnum}"/> parameters of a minimal API endpoint, found once per endpoint from its handler's
/// <see cref="MethodInfo"/> (which both the runtime binder and the Request Delegate Generator put in the metadata).
/// </summary>
/// <remarks>
/// Sources follow the framework's rules for a type with a static <c>TryParse</c>: an explicit
/// <c>[FromRoute]</c>, <c>[FromQuery]</c> or <c>[FromHeader]</c> (with its <c>Name</c>) wins; otherwise a parameter whose
/// name is a route parameter comes from the route, any other from the query string. No reflection emit, no
/// <c>MakeGenericType</c>: the enum is the wrapper's type argument, and its table is found with
/// <see cref="CodeTables.TryGet(Type, out ICodeTable?)"/>.
/// </remarks>
internal static class EndpointCodeParameters
{
    private static readonly ConcurrentDictionary<Endpoint, CodeParameter[]> s_cache = new();

    public static IReadOnlyList<CodeParameter> Of(Endpoint? endpoint)
    {
        if (endpoint is not RouteEndpoint route
            || endpoint.Metadata.GetMetadata<MethodInfo>() is not MethodInfo handler
            || IsMvcAction(endpoint))
        {
            return Array.Empty<CodeParameter>();
        }

        return s_cache.GetOrAdd(endpoint, _ => Find(handler, route));
    }

    private static CodeParameter[] Find(MethodInfo handler, RouteEndpoint endpoint)
    {
        var found = new List<CodeParameter>();
        foreach (ParameterInfo parameter in handler.GetParameters())
        {
            if (parameter.Name is null || !TryGetCodeTable(parameter.ParameterType, out ICodeTable? table))
            {
                continue;
            }

            (string name, CodeParameterSource source) = Locate(parameter, parameter.Name, endpoint);
            found.Add(new CodeParameter(name, source, table));
        }

        return found.ToArray();
    }

    private static (string Name, CodeParameterSource Source) Locate(ParameterInfo parameter, string name, RouteEndpoint endpoint)
    {
        foreach (object attribute in parameter.GetCustomAttributes(inherit: false))
        {
            switch (attribute)
            {
                case IFromRouteMetadata route:
                    return (route.Name ?? name, CodeParameterSource.Route);
                case IFromQueryMetadata query:
                    return (query.Name ?? name, CodeParameterSource.Query);
                case IFromHeaderMetadata header:
                    return (header.Name ?? name, CodeParameterSource.Header);
            }
        }

        return endpoint.RoutePattern.GetParameter(name) is not null
            ? (name, CodeParameterSource.Route)
            : (name, CodeParameterSource.Query);
    }

    /// <summary>Whether a parameter type is <c>Code&lt;TEnum&gt;</c>, <c>Code&lt;TEnum&gt;?</c> or an array of either, with a generated enum.</summary>
    internal static bool TryGetCodeTable(Type type, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ICodeTable? table)
    {
        Type element = type.IsArray ? type.GetElementType()! : type;
        element = Nullable.GetUnderlyingType(element) ?? element;
        if (element.IsGenericType && element.GetGenericTypeDefinition() == typeof(Code<>))
        {
            return CodeTables.TryGet(element.GenericTypeArguments[0], out table);
        }

        table = null;
        return false;
    }

    // MVC actions carry their MethodInfo too, but bind through the model binder provider, which reports its own failures.
    private static bool IsMvcAction(Endpoint endpoint)
        => endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.Abstractions.ActionDescriptor>() is not null;
}
