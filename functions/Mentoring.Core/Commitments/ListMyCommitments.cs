using Mentoring.Core.Agendas;
using Mentoring.Core.Circles;
using Mentoring.Core.People;

namespace Mentoring.Core.Commitments;

/// <summary>Use case: my open commitments across all my circles, soonest due first.</summary>
public sealed class ListMyCommitments(ICircleStore circles, ICircleBoardStore store)
{
    public async Task<IReadOnlyList<MyCommitment>> ExecuteAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        var mine = await circles.ListForMemberAsync(caller.Tenant, caller.Id, cancellationToken).ConfigureAwait(false);
        var lists = await Task.WhenAll(mine.Select(async c =>
            (await store.ListCommitmentsAsync(caller.Tenant, c.Id, caller.Id, cancellationToken).ConfigureAwait(false))
                .Where(x => x.Value.State == CommitmentState.Open)
                .Select(x => new MyCommitment(c.Id, c.Name, x)))).ConfigureAwait(false);
        return [.. lists.SelectMany(l => l).OrderBy(c => c.Commitment.Value.DueDate ?? DateOnly.MaxValue).ThenBy(c => c.Commitment.Value.CreatedAt)];
    }
}
