using Mentoring.Core.Circles;
using Mentoring.Core.Meetings;
using Mentoring.Functions.Scheduling;

namespace Mentoring.Functions.Agendas;

/// <summary>The circle of a Teams meeting and its current or next session (null when none is left).</summary>
public sealed record MeetingResponse(string CircleId, string CircleName, CircleKind CircleKind, SessionResponse? Session)
{
    public static MeetingResponse From(MeetingView m) => new(m.Circle.Id.ToString(), m.Circle.Name, m.Circle.Kind, m.Session is null ? null : SessionResponse.From(m.Session));
}
