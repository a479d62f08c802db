namespace Mentoring.Core.Scheduling;

/// <summary>What a timer visit did, for its log line; the circles themselves are reported one by one to <see cref="IScheduleVisitLog"/>.</summary>
public sealed record ScheduledVisit(int Completed, int Synced, int Ended, int Failed, int Repaired, int SeriesDeleted);
