using Mentoring.Core.Agendas;
using Mentoring.Core.Circles;
using Mentoring.Core.People;

namespace Mentoring.Core.Commitments;

/// <summary>Use case: my open commitments across all my circles, soonest due first.</summary>
public sealed class ListMyCommitments(ICircleStore circles, ICircleBoardStore store, TimeProvider time)
{
    public async Task<IReadOnlyList<MyCommitment>> ExecuteAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        var mine = await circles.ListForMemberAsync(caller.Tenant, caller.Id, cancellationToken).ConfigureAwait(false);
        var endedEverywhere = LastDayEndedEverywhere(time.GetUtcNow());
        var lists = await Task.WhenAll(mine.Select(async c =>
            (await store.ListCommitmentsAsync(caller.Tenant, c.Id, caller.Id, cancellationToken).ConfigureAwait(false))
                .Where(x => x.Value.State == CommitmentState.Open)
                .Select(x => new MyCommitment(c.Id, c.Name, x, x.Value.DueDate <= endedEverywhere)))).ConfigureAwait(false);
        return [.. lists.SelectMany(l => l).OrderBy(c => c.Commitment.Value.DueDate ?? DateOnly.MaxValue).ThenBy(c => c.Commitment.Value.CreatedAt)];
    }

    /// <summary>
    /// The last date that is over in every time zone (UTC−12 is the last to leave a day): a commitment due then or before is late
    /// wherever its circle meets. The list reads no circle (its zone), so it says « late » up to a day after the circle's midnight
    /// rather than ever too early.
    /// </summary>
    internal static DateOnly LastDayEndedEverywhere(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(-12)).Date).AddDays(-1);
}
