using System;
using System.Collections;
using System.Reflection;
using GeneTherapy.Domain.Tests.TestSupport;

namespace GeneTherapy.Domain.Tests.TestSupport;

/// <summary>Reaches a generated catalog by its record's seed name, so one test can cover every catalog.</summary>
internal static class Catalog
{
    public static Type CatalogType(string recordName)
    {
        string catalog = SeedFiles.Record(recordName).GetProperty("catalog").GetString()!;
        return typeof(Source).Assembly.GetType("GeneTherapy.Domain." + catalog, throwOnError: true)!;
    }

    public static IList All(string recordName) =>
        (IList)CatalogType(recordName).GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    public static bool TryGet(string recordName, string? key, out object? found)
    {
        MethodInfo tryGet = CatalogType(recordName).GetMethod("TryGet", BindingFlags.Public | BindingFlags.Static)!;
        object?[] args = { key, null };
        bool result = (bool)tryGet.Invoke(null, args)!;
        found = args[1];
        return result;
    }
}
