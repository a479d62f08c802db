using Mentoring.Core.Scheduling;

namespace Mentoring.Functions.Scheduling;

/// <summary>A session as the API returns it: UTC instants; the client shows them in the viewer's own time zone.</summary>
public sealed record SessionResponse(string Id, DateTimeOffset Start, DateTimeOffset End, DateTimeOffset OriginalStart, bool Moved, SessionState State)
{
    public static SessionResponse From(Session s) => new(s.Id, s.Start.ToUniversalTime(), s.End.ToUniversalTime(), s.OriginalStart.ToUniversalTime(), s.IsMoved, s.State);
}
