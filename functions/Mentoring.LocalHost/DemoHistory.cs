using Mentoring.Core.Agendas;
using Mentoring.Core.Circles;
using Mentoring.Core.Commitments;
using Mentoring.Core.Common;
using Mentoring.Core.FollowUps;
using Mentoring.Core.People;
using Mentoring.Core.Reciprocity;
using Mentoring.Core.Scheduling;
using Mentoring.M365Emulator;
using static Mentoring.LocalHost.DemoHistoryScript;

namespace Mentoring.LocalHost;

/// <summary>
/// The demo's last month, lived in order on the <see cref="DemoTimeline"/>: for each past session, members prepare its agenda
/// three days ahead, the reminders go out the day before, the organizer ticks the items off and everyone commits during
/// the session, answers the follow-up after it, and the dispatch timer delivers the cards of whoever has not answered.
/// The last sessions (yesterday, or Friday after a weekend) are left unanswered, so every member has a follow-up card waiting.
/// </summary>
/// <remarks>
/// Only the product's use cases and triggers write (agenda items, commitments, follow-up answers, thanks, news, the dispatch
/// timer and its queues), each at the time it happens, so what they check — a session must be coming to be prepared and
/// over to be followed up, a commitment is due at the next session — holds as it would for real people.
/// </remarks>
internal sealed class DemoHistory(IServiceProvider services, DemoTimeline timeline)
{
    /// <summary>
    /// How far back the timeline starts: before the agenda of the first session is prepared (three days before it), four weeks
    /// before the last working day, which is at most three days ago.
    /// </summary>
    public static readonly TimeSpan Span = TimeSpan.FromDays(36);

    private readonly List<(DateTimeOffset At, Func<CancellationToken, Task> Act)> moments = [];

    /// <summary>One dispatch the evening before a day of sessions (every reminder is due) and one after the day's last follow-up.</summary>
    private readonly Dictionary<DateOnly, (DateTimeOffset Reminders, DateTimeOffset FollowUps)> dispatches = [];

    public async Task RunAsync(CircleId mentorship, CircleId group, CancellationToken cancellationToken)
    {
        var groupSessions = await PlanAsync(group, Camille, PeerGroup, cancellationToken);
        var mentorshipSessions = await PlanAsync(mentorship, Hugo, Mentorship, cancellationToken);
        At(mentorshipSessions[0].End.AddDays(10), ct => Check(Use<ReciprocityActions>().TellAsync(Person(Camille), mentorship, new NewsDraft(DemoHistoryScript.News), null, ct)));
        At(groupSessions[1].End.AddDays(1), ct => Check(Use<ReciprocityActions>().ThankAsync(
            Person(Nicolas), group, new ThanksDraft(Person(Chloe).Id.ToString(), DemoHistoryScript.Thanks), null, ct)));
        At(mentorshipSessions[1].Start.AddDays(-4), ct => KeepInTheTabAsync(mentorship, ct));

        foreach (var at in dispatches.Values.SelectMany(d => new[] { d.Reminders, d.FollowUps }).Distinct())
        {
            At(at, DispatchAsync);
        }

        foreach (var (at, act) in moments.OrderBy(m => m.At))
        {
            timeline.MoveTo(at);
            await act(cancellationToken);
        }

        timeline.Release();
    }

    /// <summary>Lists what happens around each past session of the circle; the series was scheduled a month ago.</summary>
    private async Task<Session[]> PlanAsync(CircleId circle, string organizer, SessionScript[] scripts, CancellationToken cancellationToken)
    {
        var series = await Check(Use<ListSessions>().ExecuteAsync(Person(organizer), circle, cancellationToken));
        var past = series.Sessions.Where(s => s.End < timeline.Inner.GetUtcNow()).OrderBy(s => s.Start).ToArray();
        if (past.Length != scripts.Length)
        {
            throw new InvalidOperationException($"Demo history: {past.Length} past sessions for {scripts.Length} scripted.");
        }

        foreach (var (session, script) in past.Zip(scripts))
        {
            var items = new List<Guid>();
            At(session.Start.AddDays(-3), async ct => items.AddRange(await PrepareAsync(circle, session, script, ct)));
            At(session.Start.AddMinutes(20), ct => HoldAsync(circle, organizer, session, script, items, ct));
            At(session.End.AddHours(1), ct => FollowUpAsync(circle, session, script, ct));

            // Reminders go 24 h ahead and a follow-up is dropped two days late: dispatching the day's sessions together is on time.
            var day = DateOnly.FromDateTime(session.Start.UtcDateTime);
            var (reminders, followUps) = dispatches.GetValueOrDefault(day, (DateTimeOffset.MinValue, DateTimeOffset.MinValue));
            dispatches[day] = (Max(reminders, session.Start.AddHours(-23)), Max(followUps, session.End.AddHours(2)));
        }

        return past;
    }

    private async Task<Guid[]> PrepareAsync(CircleId circle, Session session, SessionScript script, CancellationToken cancellationToken)
    {
        var added = new List<Guid>();
        foreach (var item in script.Items)
        {
            var stored = await Check(Use<AgendaItems>().AddAsync(Person(item.Who), circle, session.Id, new AgendaItemDraft(item.Kind, item.Text), null, cancellationToken));
            added.Add(stored.Value.Id);
        }

        return [.. added];
    }

    private async Task HoldAsync(CircleId circle, string organizer, Session session, SessionScript script, List<Guid> items, CancellationToken cancellationToken)
    {
        foreach (var item in items)
        {
            var discussed = new AgendaItemPatch(null, null, Discussed: true);
            await Check(Use<AgendaItems>().ChangeAsync(Person(organizer), circle, session.Id, item, discussed, null, cancellationToken));
        }

        foreach (var commitment in script.Commitments)
        {
            await Check(Use<CommitmentActions>().MakeAsync(Person(commitment.Who), circle, session.Id, new CommitmentDraft(commitment.Text, null), null, cancellationToken));
        }
    }

    private async Task FollowUpAsync(CircleId circle, Session session, SessionScript script, CancellationToken cancellationToken)
    {
        foreach (var answer in script.FollowUps ?? [])
        {
            var member = Person(answer.Who);
            var questions = await Check(Use<AnswerFollowUp>().QuestionsAsync(member, circle, session.Id, cancellationToken));
            var reviews = answer.Reviews.ToDictionary(r => questions.Commitments.Single(c => c.Value.Text == r.Key).Value.Id.ToString(), r => (string?)r.Value);
            var helpers = (answer.HelpedBy ?? []).Select(h => (string?)Person(h).Id.ToString()).ToArray();
            var draft = new FollowUpDraft("yes", reviews, answer.New, answer.Blocker, answer.Usefulness, helpers, questions.Revision);
            await Check(Use<AnswerFollowUp>().ExecuteAsync(member, circle, session.Id, draft, english: false, cancellationToken));
        }
    }

    private async Task KeepInTheTabAsync(CircleId circle, CancellationToken cancellationToken)
    {
        var camille = Person(Camille);
        var open = await Use<ListMyCommitments>().ExecuteAsync(camille, cancellationToken);
        var kept = open.Single(c => c.CircleId == circle && c.Commitment.Value.Text == KeptInTheTab).Commitment;
        await Check(Use<CommitmentActions>().CloseAsync(camille, circle, kept.Value.Id, new CommitmentPatch("done", null), kept.Version, cancellationToken));
    }

    /// <summary>
    /// How long one dispatch round may take to drain before the demo gives up: a bound for a broken run, not an expected
    /// duration (a round is a few seconds on a quiet machine; on 2 cores shared with other work, 2 minutes were not enough).
    /// </summary>
    private static readonly TimeSpan DrainLimit = TimeSpan.FromMinutes(15);

    /// <summary>The dispatch timer's run, then its queues drained: cards reach the emulator's Teams chats before time moves on.</summary>
    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        _ = await services.GetRequiredService<TimerFunctions>().RunAsync("DispatchTimer", cancellationToken);
        try
        {
            await services.GetRequiredService<QueueFunctions>().DrainAsync(DrainLimit, cancellationToken);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Demo history: the dispatch queues did not drain within {DrainLimit.TotalMinutes} minutes.");
        }
    }

    private void At(DateTimeOffset at, Func<CancellationToken, Task> act) => moments.Add((at, act));

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private T Use<T>()
        where T : notnull => services.GetRequiredService<T>();

    private static Caller Person(string alias)
    {
        var user = DemoDirectory.Users.Single(u => u.UserPrincipalName.StartsWith(alias + "@", StringComparison.Ordinal));
        return new Caller(new TenantId(DemoDirectory.ContosoTenantId), new PersonId(user.Id), user.DisplayName);
    }

    private static async Task<T> Check<T>(Task<Result<T>> step)
    {
        var result = await step;
        return result.IsSuccess ? result.Value : throw new InvalidOperationException("Demo history refused: " + string.Join(", ", result.Errors.Select(e => $"{e.Field} {e.Code}")));
    }
}
