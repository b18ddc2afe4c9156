using System;
using Xunit;

namespace GeneTherapy.Domain.Generators.Tests;

/// <summary>
/// A test that takes minutes: it runs only when GTD_SLOW_TESTS=1, and otherwise shows as skipped with the
/// reason, so a skipped run is visible rather than silently green.
/// </summary>
public sealed class SlowFactAttribute : FactAttribute
{
    public SlowFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("GTD_SLOW_TESTS") != "1")
        {
            Skip = "slow (minutes, several GB): set GTD_SLOW_TESTS=1 to run";
        }
    }
}
