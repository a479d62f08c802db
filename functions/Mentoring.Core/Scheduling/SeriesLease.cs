using Mentoring.Core.Circles;
using Mentoring.Core.Common;

namespace Mentoring.Core.Scheduling;

/// <summary>Who is reshaping a circle's series in the organizer's calendar (a cadence change, a repair), and until when others leave it alone.</summary>
/// <remarks>
/// Reshaping a series is several calendar requests (the recurrence patched, then the sessions moved or cancelled one by one
/// re-applied) before one save. Two parties doing it at once undo each other: a visit of the timer that read the circle before a
/// cadence change was saved would find the series off the old cadence and patch it back. The lease is taken with a conditional
/// write on the circle (its ETag), so exactly one party holds it; one that crashed loses it after <see cref="Duration"/>, and the
/// stored cadence is then the truth the timer restores.
/// </remarks>
public sealed record SeriesLease(string Holder, DateTimeOffset Until)
{
    /// <summary>Far longer than a reshape takes (a few calendar requests, their retries included), short enough for a crash to heal the same hour.</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(10);

    /// <summary>A holder name no other party uses.</summary>
    public static string NewHolder() => Guid.NewGuid().ToString("N");

    /// <summary>Whether this lease keeps <paramref name="holder"/> away from the series at <paramref name="now"/>.</summary>
    public bool Excludes(string holder, DateTimeOffset now) => Holder != holder && IsActive(now);

    /// <summary>Whether the lease still holds at <paramref name="now"/> (its holder has not given it back, and may still be at work).</summary>
    public bool IsActive(DateTimeOffset now) => Until > now;

    /// <summary>The circle with the lease taken by <paramref name="holder"/>, unchanged when another party holds it.</summary>
    public static Circle Take(Circle circle, string holder, DateTimeOffset now) =>
        circle.Schedule is { } s && s.Reshaping?.Excludes(holder, now) != true
            ? circle with { Schedule = s with { Reshaping = new SeriesLease(holder, now + Duration) } }
            : circle;

    /// <summary>The circle with <paramref name="holder"/>'s lease given back (unchanged when it no longer holds it).</summary>
    public static Circle Release(Circle circle, string holder) =>
        circle.Schedule is { Reshaping: { } lease } s && lease.Holder == holder ? circle with { Schedule = s with { Reshaping = null } } : circle;

    /// <summary>Whether <paramref name="holder"/> holds the lease of the saved circle.</summary>
    public static bool HeldBy(CircleView saved, string holder) => saved.Circle.Schedule?.Reshaping?.Holder == holder;
}
