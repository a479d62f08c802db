namespace Mentoring.Functions.Scheduling;

/// <summary>A time when every member is free and within their working hours.</summary>
public sealed record SlotResponse(DateTimeOffset Start, DateTimeOffset End);
