using Mentoring.Core.Circles;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Meetings;

/// <summary>What the meeting side panel needs first: the member's circle and the session going on now or next.</summary>
public sealed record MeetingView(Circle Circle, Session? Session);
