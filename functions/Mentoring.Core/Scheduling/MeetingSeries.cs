namespace Mentoring.Core.Scheduling;

/// <summary>The recurring calendar event that realises a cadence, as Graph identifies it.</summary>
/// <param name="ChatThreadId">The Teams meeting chat (19:meeting_…@thread.v2): the meeting tab and the bot find the circle by it.</param>
public sealed record MeetingSeries(string SeriesMasterId, string ICalUId, string JoinUrl, string? ChatThreadId);
