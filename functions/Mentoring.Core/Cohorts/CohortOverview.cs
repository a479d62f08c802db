using Mentoring.Core.Agendas;
using Mentoring.Core.Attendance;
using Mentoring.Core.Circles;
using Mentoring.Core.Commitments;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Privacy;
using Mentoring.Core.Profiles;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Cohorts;

/// <summary>Use case: the coordinator's view of a cohort, so they can step in where a circle stalls.</summary>
/// <remarks>Built from counts and dates only: the board is read as the coordinator (a non-member), so nobody's private notes
/// even leave the store, and agenda items are never looked at. The people are the members who accepted; the circles are only
/// those formed from this cohort's groups (a member's private mentorship or another group is not the programme's).
/// What it shows (names, circles, activity) is asked of <see cref="LeastSight"/>'s coordinator row first.</remarks>
public sealed class CohortOverview(CohortActions cohorts, ICohortStore store, IProfileStore profiles, IPersonPause pauses, ICircleBoardStore boards, PeopleLookup directory, TimeProvider time)
{
    public Task<Result<CohortView>> ForCohortAsync(Caller caller, Guid cohortId, CancellationToken cancellationToken = default) =>
        BuildAsync(caller, cohortId, null, cancellationToken);

    /// <summary>The same view for a member's data: only the boards of the cohort's circles <paramref name="member"/> is in are read.</summary>
    public Task<Result<CohortView>> ForMemberAsync(Caller caller, Guid cohortId, PersonId member, CancellationToken cancellationToken = default) =>
        BuildAsync(caller, cohortId, member, cancellationToken);

    private async Task<Result<CohortView>> BuildAsync(Caller caller, Guid cohortId, PersonId? circlesOf, CancellationToken cancellationToken)
    {
        var found = await cohorts.FindAsync(caller, cohortId, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return Result<CohortView>.Failure(found.Errors);
        }

        if (CoordinatorSees.Select(k => LeastSight.Require(k, Audience.Coordinator, Sight.Content)).FirstOrDefault(e => e is not null) is { } refused)
        {
            return refused;
        }

        var cohort = found.Value;
        var people = await directory.FindAsync(caller.Tenant, cohort.Members, cancellationToken).ConfigureAwait(false);
        var names = people.IsSuccess ? people.Value.ToDictionary(p => p.Id, p => p.DisplayName) : [];
        // Someone who paused everything is proposed to no group: the view says so rather than "visible".
        var paused = await pauses.PausedAmongAsync(caller.Tenant, cohort.Members, cancellationToken).ConfigureAwait(false);
        var visible = (await profiles.ListVisibleAmongAsync(caller.Tenant, cohort.Members, cancellationToken).ConfigureAwait(false)).Where(p => p.IsVisiblePeer && !paused.Contains(p.Person)).Select(p => p.Person).ToHashSet();
        var groups = await store.ListCohortGroupsAsync(caller.Tenant, cohortId, cancellationToken).ConfigureAwait(false);
        var formed = groups.Where(g => g.Formed).ToArray();
        var members = cohort.Members.Select(p => new CohortMemberStatus(
            p, names.GetValueOrDefault(p, ""), formed.Any(g => g.Has(p)), visible.Contains(p))).ToArray();

        var read = await Task.WhenAll(formed.Where(g => circlesOf is not { } only || g.Has(only)).Select(g => boards.ReadAsync(caller.Tenant, g.Circle, caller.Id, cancellationToken))).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var activity = read.OfType<CircleBoard>().Where(b => b.Circle.Value.Status != CircleStatus.Closed).Select(b => Activity(b, now))
            .OrderByDescending(a => a.StoppedMeeting || a.CommitmentsMostlyDropped).ThenBy(a => a.Name, StringComparer.Ordinal).ToArray();
        var forming = groups.Where(g => !g.Formed).ToArray();
        return new CohortView(cohort, members, forming, activity, CohortFigures.Of(cohort));
    }

    /// <summary>The kinds of data the view shows in full: who the members are, their circles, and activity (counts and dates).</summary>
    private static readonly PersonalDataKind[] CoordinatorSees = [PersonalDataKind.Identity, PersonalDataKind.Membership, PersonalDataKind.Activity];

    /// <summary>Counts and dates only; <paramref name="board"/>'s items and texts are deliberately not read.</summary>
    public static CircleActivity Activity(CircleBoard board, DateTimeOffset now)
    {
        var circle = board.Circle.Value;
        var held = board.Held.Where(s => s.End <= now).ToArray();
        var last = held.LastOrDefault()?.End;
        var period = circle.Cadence.Pattern is WeeklyPattern w ? TimeSpan.FromDays(7 * w.Interval) : TimeSpan.FromDays(30.44 * circle.Cadence.Pattern.Interval);
        var stopped = circle.Status == CircleStatus.Active && now - (last ?? circle.CreatedAt) > 2 * period;
        var commitments = board.Commitments.Select(c => c.Value).ToArray();
        var dropped = commitments.Count(c => c.State == CommitmentState.Dropped);
        var shown = circle.Members.Count >= CohortFigures.MinPeople;
        var reported = board.Attendance.Where(a => a.Source == AttendanceSource.Teams && held.Any(s => s.Id == a.SessionId)).ToArray();
        return new CircleActivity(
            circle.Id, circle.Kind, circle.Name, circle.Status, [.. circle.Members.Select(m => m.DisplayName)], held.Length, last,
            shown ? commitments.Length : null, shown ? commitments.Count(c => c.State == CommitmentState.Done) : null, shown ? dropped : null, stopped,
            commitments.Length >= 2 && dropped * 2 > commitments.Length)
        {
            SessionsWithTeamsReport = reported.Length,
            AttendancesPerTeams = shown ? reported.Sum(a => a.Attended.Count) : null,
        };
    }
}
