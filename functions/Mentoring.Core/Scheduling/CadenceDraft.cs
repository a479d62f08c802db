namespace Mentoring.Core.Scheduling;

/// <summary>What a person asked for; every field may be missing and <see cref="Cadence.Create"/> fills the defaults.</summary>
public sealed record CadenceDraft(
    PatternKind? Pattern = null,
    int? Interval = null,
    DayOfWeek? DayOfWeek = null,
    int? DayOfMonth = null,
    WeekOfMonth? WeekOfMonth = null,
    DateOnly? FirstDate = null,
    TimeOnly? StartTime = null,
    int? DurationMinutes = null,
    string? TimeZone = null,
    int? Occurrences = null,
    DateOnly? EndDate = null);
