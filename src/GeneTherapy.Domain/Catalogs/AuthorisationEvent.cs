using System;

namespace GeneTherapy.Domain;

public sealed partial record AuthorisationEvent
{
    /// <summary>
    /// The first day the event can have happened: its <see cref="Date"/>, else the first day of its month or year.
    /// </summary>
    public DateTime EarliestDay => Date ?? new DateTime(Year, Month ?? 1, 1);

    /// <summary>
    /// The last day the event can have happened: its <see cref="Date"/>, else the last day of its month or year.
    /// </summary>
    public DateTime LatestDay => Date ?? (Month is int month
        ? new DateTime(Year, month, DateTime.DaysInMonth(Year, month))
        : new DateTime(Year, 12, 31));

    /// <summary>Whether the event certainly happened on or before <paramref name="day"/> (its latest possible day is not after it).</summary>
    /// <param name="day">The day asked about; its time of day is ignored.</param>
    public bool HappenedBy(DateTime day) => LatestDay <= day.Date;

    /// <summary>Whether the event certainly happened after <paramref name="day"/> (its earliest possible day is later).</summary>
    /// <param name="day">The day asked about; its time of day is ignored.</param>
    public bool HappenedAfter(DateTime day) => EarliestDay > day.Date;
}
