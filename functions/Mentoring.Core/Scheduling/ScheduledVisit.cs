namespace Mentoring.Core.Scheduling;

/// <summary>What a timer visit did, for its log line.</summary>
public sealed record ScheduledVisit(int Completed, int Synced, int Ended, int Failed);
