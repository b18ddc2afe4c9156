using System;

namespace GeneTherapy.Domain;

/// <summary>What the built-in content as a whole is current to.</summary>
public static class Content
{
    /// <summary>
    /// The day the built-in catalogs are current to: the date of the last audit against public pages (1 December
    /// 2026). Nothing that happened after it is recorded, and an answer about a later day assumes nothing changed.
    /// </summary>
    public static DateTime CurrentTo { get; } = new(2026, 12, 1);
}
