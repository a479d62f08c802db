namespace Mentoring.Core.Scheduling;

/// <summary>One session of a cadence: the pattern day it realises, and when it starts and ends.</summary>
/// <param name="OriginalLocalDate">The local date the pattern produced (Graph's <c>originalStart</c> date); the session's identity in the series.</param>
/// <param name="Start">The start instant, carrying the zone's UTC offset at that instant.</param>
/// <param name="End">The end instant, <see cref="Cadence.Duration"/> of elapsed time after <see cref="Start"/>, with the zone's offset at that instant.</param>
/// <remarks>
/// Invariants: <see cref="End"/> − <see cref="Start"/> equals the cadence's duration; <see cref="Start"/>'s local date is
/// <see cref="OriginalLocalDate"/> except when a spring-forward gap pushed the start past midnight.
/// </remarks>
public sealed record SessionSlot(DateOnly OriginalLocalDate, DateTimeOffset Start, DateTimeOffset End);
