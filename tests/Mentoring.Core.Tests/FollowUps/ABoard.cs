using Mentoring.Core.Agendas;
using Mentoring.Core.Circles;
using Mentoring.Core.Commitments;
using Mentoring.Core.Common;
using Mentoring.Core.FollowUps;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;
using Mentoring.Core.Tests.Circles;

namespace Mentoring.Core.Tests.FollowUps;

/// <summary>Boards for card tests: a peer group of five with three fortnightly sessions around a fixed clock (S0 over, S1 and S2 to come).</summary>
internal static class ABoard
{
    public static readonly DateTimeOffset Now = new(2031, 3, 5, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Three bytes in UTF-8 per character: the heaviest text a member can write, character for character.</summary>
    public const char Heavy = '語';

    public static readonly Session[] Sessions = [.. new[] { new DateTimeOffset(2031, 3, 4, 11, 30, 0, TimeSpan.Zero), new(2031, 3, 18, 11, 30, 0, TimeSpan.Zero), new(2031, 4, 1, 10, 30, 0, TimeSpan.Zero) }
        .Select(s => new Session(Session.IdFor(s), "occ", s, s, s.AddHours(1), s < Now ? SessionState.Ended : SessionState.Upcoming))];

    public static CircleBoard Small(CircleKind kind = CircleKind.PeerGroup)
    {
        var circle = kind == CircleKind.PeerGroup ? ACircle.PeerGroupOf(5) : ACircle.Mentorship();
        return new CircleBoard(new Versioned<Circle>(circle, "v1"), Sessions, [], [], [], [], []);
    }

    /// <summary>Everything at its largest: names, 200 items and 60 commitments of the longest texts, the longest join URL, a full answer.</summary>
    public static CircleBoard Largest()
    {
        var small = Small();
        var circle = small.Circle.Value with
        {
            Name = new string(Heavy, Text.MaxNameLength),
            Members = [.. small.Circle.Value.Members.Select(m => m with { DisplayName = new string(Heavy, 256) })],
            Schedule = new CircleSchedule(ScheduleState.Scheduled, small.Circle.Value.Members[0].PersonId, "tx", new MeetingSeries("m", "i", "https://teams.microsoft.com/l/meetup-join/" + new string('a', 2_000), null), Now),
        };
        var member = circle.Members[0].PersonId;
        var due = Enumerable.Range(0, 60).Select(i => Commitment(member, Sessions[0].Id, i)).ToArray();
        var items = Enumerable.Range(0, SessionAgendas.MaxItemsPerSession)
            .Select(i => new Versioned<AgendaItem>(AgendaItem.Create(Guid.NewGuid(), Sessions[1].Id, circle.Members[i % 5].PersonId, "question", new string(Heavy, AgendaItem.MaxTextLength), i, Now).Value, "v")).ToArray();
        var earlier = new Session("20310218T1130Z", "occ", Sessions[0].Start.AddDays(-14), Sessions[0].Start.AddDays(-14), Sessions[0].Start.AddDays(-14).AddHours(1), SessionState.Ended);
        var made = Enumerable.Range(0, 60).Select(i => Commitment(member, earlier.Id, i)).ToArray();
        var answer = new FollowUp(
            Sessions[0].Id, member, true, [.. made.Take(FollowUpQuestions.MaxReviewed).Select(c => new CommitmentReview(c.Value.Id, ReviewState.Done))],
            [.. Enumerable.Repeat(new string(Heavy, FollowUp.MaxNewCommitmentLength), FollowUp.MaxNewCommitments)], new string(Heavy, FollowUp.MaxBlockerLength), 5,
            [.. circle.Members.Skip(1).Select(m => m.PersonId)], 7, Now);
        return new CircleBoard(new Versioned<Circle>(circle, "v1"), [earlier, .. Sessions], items, [.. due, .. made], [], [], [])
        {
            FollowUps = [new Versioned<FollowUp>(answer, "v")],
        };
    }

    private static Versioned<Commitment> Commitment(PersonId author, string sessionId, int i) => new(
        new Commitment(Guid.NewGuid(), sessionId, author, new string(Heavy, Mentoring.Core.Commitments.Commitment.MaxTextLength), null, CommitmentState.Open, "", Now.AddDays(-30).AddMinutes(i), null), "v");
}
