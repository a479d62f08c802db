using Mentoring.Core.Agendas;
using Mentoring.Core.Attendance;
using Mentoring.Core.Circles;
using Mentoring.Core.Commitments;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Progress;

/// <summary>Use cases: a circle's progress for its members, and mine across my circles (what the tabs' charts show).</summary>
public sealed class ProgressReports(ICircleStore circles, ICircleBoardStore store, TimeProvider time)
{
    public async Task<Result<CircleProgress>> ForCircleAsync(Caller caller, CircleId id, CancellationToken cancellationToken = default)
    {
        var board = await store.ReadForMemberAsync(caller, id, cancellationToken).ConfigureAwait(false);
        return board.Map(b => Compute(b, time.GetUtcNow()));
    }

    /// <summary>My own figures in each of my circles (one partition query per circle).</summary>
    public async Task<IReadOnlyList<CircleProgress>> ForMeAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        var mine = await circles.ListForMemberAsync(caller.Tenant, caller.Id, cancellationToken).ConfigureAwait(false);
        var boards = await Task.WhenAll(mine.Select(c => store.ReadAsync(caller.Tenant, c.Id, caller.Id, cancellationToken))).ConfigureAwait(false);
        var now = time.GetUtcNow();
        return [.. boards.Where(b => b is not null && b.Circle.Value.HasMember(caller.Id))
            .Select(b => Compute(b!, now) is var p ? p with { Members = [.. p.Members.Where(m => m.PersonId == caller.Id)] } : null!)];
    }

    public static CircleProgress Compute(CircleBoard board, DateTimeOffset now)
    {
        var circle = board.Circle.Value;
        var zone = TimeZones.Get(circle.Cadence.TimeZone);
        var held = board.Held.Where(s => s.End <= now).ToArray();
        var commitments = board.Commitments.Select(c => c.Value).ToArray();
        var reported = board.Attendance.Where(a => a.Source == AttendanceSource.Teams && held.Any(s => s.Id == a.SessionId)).ToArray();
        var members = circle.Members.Select(m =>
        {
            var made = commitments.Where(c => c.Author == m.PersonId).ToArray();
            var prepared = board.Items.Where(i => i.Value.Author == m.PersonId).Select(i => i.Value.SessionId).Distinct().Count(id => board.Held.Any(s => s.Id == id));
            var months = made.Select(c => (c.CreatedAt, Kind: 0))
                .Concat(made.Where(c => c.State == CommitmentState.Done).Select(c => (CreatedAt: c.ClosedAt!.Value, Kind: 1)))
                .Concat(made.Where(c => c.State == CommitmentState.Dropped).Select(c => (CreatedAt: c.ClosedAt!.Value, Kind: 2)))
                .GroupBy(e => TimeZones.DateIn(zone, e.CreatedAt) is var d ? (d.Year, d.Month) : default)
                .OrderBy(g => g.Key)
                .Select(g => new ProgressMonth(g.Key.Year, g.Key.Month, g.Count(e => e.Kind == 0), g.Count(e => e.Kind == 1), g.Count(e => e.Kind == 2)))
                .ToArray();
            return new MemberProgress(
                m.PersonId, m.DisplayName, held.Length, prepared, made.Length,
                made.Count(c => c.State == CommitmentState.Done), made.Count(c => c.State == CommitmentState.Dropped), made.Count(c => c.State == CommitmentState.Open), months)
            {
                AttendedPerTeams = reported.Count(a => a.HasAttended(m.PersonId) == true),
            };
        }).ToArray();
        return new CircleProgress(circle.Id, circle.Name, circle.Kind, held.Length, board.CurrentOrNext(now), commitments.Count(c => c.State == CommitmentState.Open), members)
        {
            SessionsWithTeamsReport = reported.Length,
        };
    }
}
