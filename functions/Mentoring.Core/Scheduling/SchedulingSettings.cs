namespace Mentoring.Core.Scheduling;

/// <summary>What scheduling needs from the deployment: where the Teams tab is, for the invitation's link.</summary>
public sealed record SchedulingSettings(Uri TabLink);
