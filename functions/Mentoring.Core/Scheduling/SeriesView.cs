namespace Mentoring.Core.Scheduling;

/// <summary>A circle's series and its sessions, as members see them.</summary>
public sealed record SeriesView(CircleSchedule Schedule, IReadOnlyList<Session> Sessions);
