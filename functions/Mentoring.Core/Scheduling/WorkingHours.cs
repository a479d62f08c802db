namespace Mentoring.Core.Scheduling;

/// <summary>When a person works, in their own IANA time zone.</summary>
public sealed record WorkingHours(IReadOnlyList<DayOfWeek> Days, TimeOnly Start, TimeOnly End, string TimeZone);
