using Mentoring.Core.Circles;
using Mentoring.Core.Circles.Invitations;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;
using Mentoring.M365Emulator;

namespace Mentoring.LocalHost;

/// <summary>
/// Seeds the demo tenant: one mentorship and one peer group of four, both scheduled, and — on a <see cref="DemoTimeline"/> — the
/// month they have lived (<see cref="DemoHistory"/>). Running it twice adds nothing.
/// </summary>
public static class DemoSeed
{
    public static readonly Guid Mentee = Guid.Parse("c1000000-0000-4000-8000-000000000001"); // Camille Martin
    public static readonly Guid Mentor = Guid.Parse("c1000000-0000-4000-8000-000000000002"); // Hugo Bernard
    public static readonly Guid[] Peers = [Mentee, Guid.Parse("c1000000-0000-4000-8000-000000000003"), Guid.Parse("c1000000-0000-4000-8000-000000000004"), Guid.Parse("c1000000-0000-4000-8000-000000000007")];

    /// <param name="history">The app's clock, moved back a month, for the demo to live its past; null: the demo starts today.</param>
    internal static async Task RunAsync(IServiceProvider services, DemoTimeline? history, CancellationToken cancellationToken = default)
    {
        // No people are written here: creating the circles reads their members from the emulator's directory (Graph), as on a
        // real tenant, and stores them; everyone else is read the first time a circle names them.
        using var scope = services.CreateScope();
        var caller = new Caller(new TenantId(DemoDirectory.ContosoTenantId), new PersonId(Mentee), "Camille Martin");
        var existing = await scope.ServiceProvider.GetRequiredService<ListMyCircles>().ExecuteAsync(caller, cancellationToken);
        var now = (history?.Inner ?? scope.ServiceProvider.GetRequiredService<TimeProvider>()).GetUtcNow();
        var today = TimeZones.DateIn(TimeZones.Get("Europe/Paris"), now);
        var ids = existing.Count > 0 ? existing.Select(c => c.Id).ToArray() : await CreateCirclesAsync(scope.ServiceProvider, caller, today, history is not null, cancellationToken);
        await AcceptInvitationsAsync(scope.ServiceProvider, caller.Tenant, ids, cancellationToken);

        // Scheduled, so the emulator's calendars hold real series, each in its organizer's own calendar: Hugo schedules the
        // mentorship, Camille the group. Scheduling a circle that already has a series returns it, so a second run adds
        // nothing; a circle someone paused or closed in an earlier run is refused, which is right, and the demo goes on.
        var schedule = scope.ServiceProvider.GetRequiredService<ScheduleCircle>();
        var hugo = caller with { Id = new PersonId(Mentor), DisplayName = "Hugo Bernard" };
        foreach (var id in ids)
        {
            var kind = existing.FirstOrDefault(c => c.Id == id)?.Kind ?? (id == ids[0] ? CircleKind.Mentorship : CircleKind.PeerGroup);
            _ = await schedule.ExecuteAsync(kind == CircleKind.Mentorship ? hugo : caller, id, cancellationToken);
        }

        // A month of sessions only for circles made now: the emulator's calendar lives in memory, the tables may be older.
        if (history is not null && existing.Count == 0)
        {
            await new DemoHistory(scope.ServiceProvider, history).RunAsync(ids[0], ids[1], cancellationToken);
        }

        history?.Release();
        await DemoMatchingSeed.RunAsync(scope.ServiceProvider, cancellationToken);
    }

    /// <summary>
    /// Both circles meet on the last working day before today (Monday to Friday: people in a career change meet colleagues
    /// and mentors in the week, not on Sundays): the mentorship every four weeks at 18:00, the group every two weeks at 12:30
    /// (Paris). With a history, both series start four weeks before that day, so it held their last session; without, they
    /// start at what would be their next session, so the demo's future is the same either way.
    /// </summary>
    private static async Task<CircleId[]> CreateCirclesAsync(IServiceProvider services, Caller caller, DateOnly today, bool withHistory, CancellationToken cancellationToken)
    {
        var create = services.GetRequiredService<CreateCircle>();
        var last = LastWorkingDayBefore(today);
        var mentorship = await Check(create.ExecuteAsync(caller, Mentorship(last.AddDays(withHistory ? -28 : 28)), cancellationToken: cancellationToken));
        var group = await Check(create.ExecuteAsync(caller, PeerGroup(last.AddDays(withHistory ? -28 : 14)), cancellationToken: cancellationToken));
        return [mentorship.Circle.Id, group.Circle.Id];
    }

    /// <summary>The day the demo's last sessions were held: yesterday, or Friday when yesterday was a weekend day.</summary>
    internal static DateOnly LastWorkingDayBefore(DateOnly today)
    {
        var day = today.AddDays(-1);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(-1);
        }

        return day;
    }

    /// <summary>Camille invited the others: each accepts as themselves, through the product's own use case (a re-run finds none left).</summary>
    private static async Task AcceptInvitationsAsync(IServiceProvider services, TenantId tenant, CircleId[] ids, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<ICircleStore>();
        var answer = services.GetRequiredService<AnswerInvitation>();
        foreach (var id in ids)
        {
            var circle = await store.FindAsync(tenant, id, cancellationToken);
            foreach (var invitee in circle?.Value.PendingInvitations.ToArray() ?? [])
            {
                await Check(answer.AcceptAsync(new Caller(tenant, invitee.PersonId, invitee.Member.DisplayName), id, cancellationToken));
            }
        }
    }

    private static CircleDraft Mentorship(DateOnly first) => new(
        CircleKind.Mentorship,
        "Mentorat Camille – Hugo : vers la data analyse",
        "Préparer ma reconversion vers la data analyse : cibler les entreprises, réussir les entretiens.",
        [new(Mentor.ToString(), MemberRole.Mentor, "Partager mon expérience du métier et mon réseau."), new(Mentee.ToString(), MemberRole.Mentee, "Décrocher un premier poste de data analyste d'ici six mois.")],
        new CadenceDraft(PatternKind.Weekly, Interval: 4, FirstDate: first, StartTime: new TimeOnly(18, 0), TimeZone: "Europe/Paris"));

    private static CircleDraft PeerGroup(DateOnly first) => new(
        CircleKind.PeerGroup,
        "Groupe de pairs – Reconversions numériques",
        "Avancer ensemble, partager nos pistes et tenir nos engagements d'une séance à l'autre.",
        [.. Peers.Select(p => new MemberDraft(p.ToString(), MemberRole.Peer, ""))],
        new CadenceDraft(FirstDate: first, StartTime: new TimeOnly(12, 30), TimeZone: "Europe/Paris"));

    private static async Task<T> Check<T>(Task<Result<T>> step)
    {
        var result = await step;
        return result.IsSuccess ? result.Value : throw new InvalidOperationException("Demo seed refused: " + string.Join(", ", result.Errors.Select(e => $"{e.Field} {e.Code}")));
    }
}
