using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Runtime.CompilerServices;

namespace GeneTherapy.Domain;

/// <summary>
/// Finds the code table of any generated enum, built-in or from a consumer's own seeds, by <see cref="Type"/> or
/// type argument, without reflection. Each generated table registers itself from a module initializer of the
/// assembly that declares its enum.
/// </summary>
/// <remarks>
/// A module initializer runs when code of its assembly first runs, not when <c>typeof(TheEnum)</c> is evaluated (EF Core
/// builds its model from types alone). So a lookup that misses runs the initializer of the enum's module
/// (<see cref="RuntimeHelpers.RunModuleConstructor(ModuleHandle)"/>, which runs it once at most; a no-op under NativeAOT,
/// where every module initializer has run at startup) and looks again.
/// </remarks>
public static class CodeTables
{
    private static readonly ConcurrentDictionary<Type, ICodeTable> s_tables = new();

    /// <summary>
    /// The tables registered so far: those of every assembly that has run any code, or that a lookup asked about.
    /// An assembly that is referenced but never touched is not listed; look its enums up by type instead.
    /// </summary>
    public static IReadOnlyList<ICodeTable> All => s_tables.Values.OrderBy(t => t.EnumType.FullName, StringComparer.Ordinal).ToArray();

    /// <summary>Finds the code table of an enum type.</summary>
    /// <param name="enumType">The enum; for <c>Nullable&lt;TEnum&gt;</c> pass <c>TEnum</c>.</param>
    /// <param name="table">The table, or <c>null</c> when the type is not a generated enum.</param>
    /// <returns>Whether the type has a code table.</returns>
    public static bool TryGet(Type enumType, [NotNullWhen(true)] out ICodeTable? table)
    {
        if (enumType is null)
        {
            throw new ArgumentNullException(nameof(enumType));
        }

        if (s_tables.TryGetValue(enumType, out table))
        {
            return true;
        }

        if (!enumType.IsEnum)
        {
            return false;
        }

        // typeof alone does not run the declaring module's initializer, which registers its tables.
        RuntimeHelpers.RunModuleConstructor(enumType.Module.ModuleHandle);
        return s_tables.TryGetValue(enumType, out table);
    }

    /// <summary>Finds the code table of <typeparamref name="TEnum"/>.</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <param name="table">The table, or <c>null</c> when the enum is not generated from a seed.</param>
    /// <returns>Whether the enum has a code table.</returns>
    public static bool TryGet<TEnum>([NotNullWhen(true)] out ICodeTable<TEnum>? table)
        where TEnum : struct, Enum
    {
        table = Cache<TEnum>.Table;
        if (table is null && TryGet(typeof(TEnum), out ICodeTable? found))
        {
            table = Cache<TEnum>.Table = (ICodeTable<TEnum>)found;
        }

        return table is not null;
    }

    /// <summary>The code table of an enum type.</summary>
    /// <param name="enumType">The enum.</param>
    /// <returns>The table.</returns>
    /// <exception cref="InvalidOperationException">The type is not an enum generated from a seed.</exception>
    public static ICodeTable Get(Type enumType)
        => TryGet(enumType, out ICodeTable? table) ? table : throw NotFound(enumType);

    /// <summary>The code table of <typeparamref name="TEnum"/>.</summary>
    /// <typeparam name="TEnum">The enum.</typeparam>
    /// <returns>The table.</returns>
    /// <exception cref="InvalidOperationException"><typeparamref name="TEnum"/> is not an enum generated from a seed.</exception>
    public static ICodeTable<TEnum> Get<TEnum>()
        where TEnum : struct, Enum
        => TryGet(out ICodeTable<TEnum>? table) ? table : throw NotFound(typeof(TEnum));

    /// <summary>
    /// Adds a table; called by generated module initializers. The first table registered for a type stays, so
    /// registering is idempotent.
    /// </summary>
    /// <param name="table">The table.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void Register(ICodeTable table)
    {
        if (table is null)
        {
            throw new ArgumentNullException(nameof(table));
        }

        s_tables.TryAdd(table.EnumType, table);
    }

    private static InvalidOperationException NotFound(Type type) => new(
        $"'{type.FullName}' has no code table: it is not an enum generated from a GeneTherapy.Domain seed.");

    private static class Cache<TEnum>
        where TEnum : struct, Enum
    {
        public static ICodeTable<TEnum>? Table;
    }
}
