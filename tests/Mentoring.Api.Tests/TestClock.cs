using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Api.Tests;

/// <summary>Where every local host's clock starts: a fixed instant, so no test depends on the day it runs.</summary>
public static class TestClock
{
    /// <summary>A Monday morning in the future (UTC); dates the tests write are relative to it, never to today.</summary>
    public static readonly DateTimeOffset Start = new(2027, 3, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>A clock of one's own at <see cref="Start"/>, to move as a scenario needs.</summary>
    public static FakeTimeProvider New() => new(Start);
}
