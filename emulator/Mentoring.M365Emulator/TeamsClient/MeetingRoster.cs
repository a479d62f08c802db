namespace Mentoring.M365Emulator.TeamsClient;

/// <summary>
/// Who is in each Teams meeting of the emulator's Teams client, who joined and left and when, and what is shared to its stage.
/// </summary>
/// <remarks>
/// Teams keeps each join and each leave of a participant as an attendance interval (learn.microsoft.com/graph/api/resources/
/// attendancerecord: <c>attendanceIntervals</c> with <c>joinDateTime</c>, <c>leaveDateTime</c>, <c>durationInSeconds</c>): the
/// same intervals are kept here, so attendance reports can later be served from them. A person who joins twice without leaving
/// (a second page) is still one interval, as a second Teams window does not join again; leaving when not in is refused.
/// The stage is the meeting's, not a person's: shareAppContentToStage shows the app to everyone in the meeting
/// (learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/build-apps-for-teams-meeting-stage).
/// </remarks>
public sealed class MeetingRoster(TimeProvider time)
{
    private readonly Dictionary<string, Meeting> meetings = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public MeetingAttendance Join(string meetingId, DemoUser person)
    {
        lock (gate)
        {
            var meeting = Of(meetingId);
            if (!meeting.Intervals.Any(i => i.PersonId == person.Id && i.LeftAt is null))
            {
                meeting.Intervals.Add(new MeetingInterval(person.Id, person.DisplayName, time.GetUtcNow(), null));
            }

            return Snapshot(meetingId, meeting);
        }
    }

    /// <summary>Closes the person's open interval; null when they were not in the meeting.</summary>
    public MeetingAttendance? Leave(string meetingId, DemoUser person)
    {
        lock (gate)
        {
            var meeting = Of(meetingId);
            var open = meeting.Intervals.FindIndex(i => i.PersonId == person.Id && i.LeftAt is null);
            if (open < 0)
            {
                return null;
            }

            meeting.Intervals[open] = meeting.Intervals[open] with { LeftAt = time.GetUtcNow() };
            return Snapshot(meetingId, meeting);
        }
    }

    /// <summary>Shares an app's page to the stage; only someone in the meeting can (the side panel is open only in a joined meeting).</summary>
    public MeetingAttendance? Share(string meetingId, DemoUser person, string contentUrl)
    {
        lock (gate)
        {
            var meeting = Of(meetingId);
            if (!meeting.Intervals.Any(i => i.PersonId == person.Id && i.LeftAt is null))
            {
                return null;
            }

            meeting.StageUrl = contentUrl;
            meeting.StageSharedBy = person.Id;
            return Snapshot(meetingId, meeting);
        }
    }

    public MeetingAttendance Read(string meetingId)
    {
        lock (gate)
        {
            return Snapshot(meetingId, Of(meetingId));
        }
    }

    private Meeting Of(string meetingId)
    {
        if (!meetings.TryGetValue(meetingId, out var meeting))
        {
            meeting = new Meeting();
            meetings[meetingId] = meeting;
        }

        return meeting;
    }

    private static MeetingAttendance Snapshot(string meetingId, Meeting meeting) =>
        new(meetingId, [.. meeting.Intervals], meeting.StageUrl, meeting.StageSharedBy);

    private sealed class Meeting
    {
        public List<MeetingInterval> Intervals { get; } = [];

        public string? StageUrl { get; set; }

        public Guid? StageSharedBy { get; set; }
    }
}

/// <summary>One stay of one person in a meeting: from join to leave (null while they are in).</summary>
public sealed record MeetingInterval(Guid PersonId, string DisplayName, DateTimeOffset JoinedAt, DateTimeOffset? LeftAt);

/// <summary>A meeting's record: every interval in the order people joined, and what its stage shows.</summary>
public sealed record MeetingAttendance(string MeetingId, IReadOnlyList<MeetingInterval> Intervals, string? StageUrl, Guid? StageSharedBy)
{
    public IEnumerable<MeetingInterval> InMeeting => Intervals.Where(i => i.LeftAt is null);
}
