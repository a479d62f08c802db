namespace Mentoring.Functions.Scheduling;

/// <summary>Why a session is cancelled; sent to attendees with Outlook's cancellation.</summary>
public sealed record CancelSessionRequest(string? Reason);
