using Mentoring.Core.Agendas;
using Mentoring.Core.Circles;
using Mentoring.Core.Commitments;
using Mentoring.Core.Common;
using Mentoring.Core.FollowUps;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;
using Mentoring.Infrastructure.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Infrastructure.Tests.FollowUps;

/// <summary>
/// A stored peer group of three with four fortnightly sessions around a fixed clock: S0 and S1 are over, S2 and S3 to come;
/// the first peer made a commitment at S0, due at S1. The real stores on Azurite, each scenario in a tenant of its own.
/// </summary>
internal sealed class FollowUpCircle
{
    public static readonly DateTimeOffset Now = new(2031, 3, 5, 9, 0, 0, TimeSpan.Zero);

    private FollowUpCircle(StorageFixture fixture, Circle circle, Session[] sessions, Commitment due)
    {
        var clock = new FakeTimeProvider(Now);
        Fixture = fixture;
        Circle = circle;
        Sessions = sessions;
        Due = due;
        var publishing = new AgendaPublishing(fixture.Services.GetRequiredService<IAgendaPublishQueue>(), new AgendaSettings(TimeSpan.FromMinutes(15), TimeSpan.FromHours(1), new Uri("https://teams.example/panel"), TimeSpan.FromMinutes(5), TimeSpan.Zero), clock);
        Answers = new AnswerFollowUp(Board, fixture.Services.GetRequiredService<IFollowUpStore>(), fixture.Services.GetRequiredService<Mentoring.Core.Goals.IGoalStore>(), publishing, clock);
    }

    public StorageFixture Fixture { get; }

    public Circle Circle { get; }

    public Session[] Sessions { get; }

    public Commitment Due { get; }

    public AnswerFollowUp Answers { get; }

    public ICircleBoardStore Board => Fixture.Services.GetRequiredService<ICircleBoardStore>();

    public Caller Peer(int index) => new(Circle.Tenant, Circle.Members[index].PersonId, Circle.Members[index].DisplayName);

    public static async Task<FollowUpCircle> StoreAsync(StorageFixture fixture)
    {
        var circle = ACircle.PeerGroup(ACircle.PeopleIn(APerson.NewTenant(), 3));
        await fixture.Circles.AddAsync(circle);
        var starts = new[] { new DateTimeOffset(2031, 2, 18, 11, 30, 0, TimeSpan.Zero), new(2031, 3, 4, 11, 30, 0, TimeSpan.Zero), new(2031, 3, 18, 11, 30, 0, TimeSpan.Zero), new(2031, 4, 1, 10, 30, 0, TimeSpan.Zero) };
        var sessions = starts.Select(s => new Session(Session.IdFor(s), "occ-" + s.Ticks, s, s, s.AddMinutes(45), s.AddMinutes(45) <= Now ? SessionState.Ended : SessionState.Upcoming)).ToArray();
        await fixture.Services.GetRequiredService<ISessionStore>().SaveAsync(circle.Tenant, circle.Id, sessions, []);
        var author = circle.Members[0].PersonId;
        var due = Commitment.Create(Guid.NewGuid(), sessions[0].Id, author, "Relire ma lettre de motivation", null, new DateOnly(2031, 2, 18), new DateOnly(2031, 3, 4), starts[0].AddHours(1)).Value;
        await fixture.Services.GetRequiredService<ICircleBoardStore>().AddAsync(circle.Tenant, circle.Id, due);
        return new FollowUpCircle(fixture, circle, sessions, due);
    }

    public Task<CircleBoard> BoardAsync(int reader = 0) => Board.ReadAsync(Circle.Tenant, Circle.Id, Circle.Members[reader].PersonId)!;

    public Task<Result<FollowUpQuestions>> AnswerAsync(FollowUpDraft draft, int peer = 0) =>
        Answers.ExecuteAsync(Peer(peer), Circle.Id, Sessions[1].Id, draft, english: false);

    public FollowUpDraft Draft(string dueState, string[] newCommitments, string blocker, string usefulness, int[] helpers, int? revision) => new(
        "yes",
        new Dictionary<string, string?> { [Due.Id.ToString()] = dueState },
        newCommitments,
        blocker,
        usefulness,
        [.. helpers.Select(h => Circle.Members[h].PersonId.ToString())],
        revision);
}
