using System;
using System.Collections;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Xunit;

namespace GeneTherapy.Domain.Tests.CodeTables;

/// <summary>
/// EF Core builds its model from <c>typeof(TheEnum)</c> alone, before the app has run any code of the enum's assembly,
/// so that assembly's module initializer (which registers its tables) has not run. These tests load this assembly and
/// GeneTherapy.Domain afresh into their own <see cref="AssemblyLoadContext"/>, where nothing has touched either,
/// and ask for a table from a type only. (Reflection is the test's way into the other context; the registry uses none.)
/// </summary>
public sealed class FirstUseTests
{
    [Fact]
    public void TryGetByType_BeforeAnyCodeOfTheEnumsAssemblyRan_RunsItsModuleInitializerAndFindsTheTable()
    {
        AssemblyLoadContext context = new("code-table-first-use", isCollectible: true);
        try
        {
            string directory = Path.GetDirectoryName(typeof(FirstUseTests).Assembly.Location)!;
            context.Resolving += (alc, name) =>
            {
                string path = Path.Combine(directory, name.Name + ".dll");
                return File.Exists(path) ? alc.LoadFromAssemblyPath(path) : null;
            };
            Assembly domain = context.LoadFromAssemblyPath(typeof(Source).Assembly.Location);
            Assembly consumer = context.LoadFromAssemblyPath(typeof(FirstUseTests).Assembly.Location);
            Type visitKind = consumer.GetType("GeneTherapy.Domain.Tests.Clinic.VisitKind", throwOnError: true)!;
            Assert.NotSame(typeof(Clinic.VisitKind), visitKind);

            Type registry = domain.GetType("GeneTherapy.Domain.CodeTables", throwOnError: true)!;
            Type[] before = RegisteredTypes(registry);
            // Calling the registry ran GeneTherapy.Domain's own initializer (its built-in tables are there), but no
            // code of the consumer assembly has run, so its table is not registered yet.
            Assert.Contains(before, t => t.FullName == "GeneTherapy.Domain.VectorPlatform");
            Assert.DoesNotContain(visitKind, before);

            Type tableInterface = domain.GetType("GeneTherapy.Domain.ICodeTable", throwOnError: true)!;
            MethodInfo tryGet = registry.GetMethod("TryGet", new[] { typeof(Type), tableInterface.MakeByRefType() })!;
            object?[] arguments = { visitKind, null };
            Assert.True((bool)tryGet.Invoke(null, arguments)!);

            object table = arguments[1]!;
            Assert.Equal("VisitKind", tableInterface.GetProperty("Name")!.GetValue(table));
            Assert.Equal(18, tableInterface.GetProperty("MaxCodeLength")!.GetValue(table));
            Assert.Same(visitKind, tableInterface.GetProperty("EnumType")!.GetValue(table));
            Assert.Contains(visitKind, RegisteredTypes(registry));
        }
        finally
        {
            context.Unload();
        }
    }

    private static Type[] RegisteredTypes(Type registry)
    {
        var all = (IEnumerable)registry.GetProperty("All")!.GetValue(null)!;
        return all.Cast<object>().Select(t => (Type)t.GetType().GetProperty("EnumType")!.GetValue(t)!).ToArray();
    }
}
