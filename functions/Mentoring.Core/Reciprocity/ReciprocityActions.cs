using Mentoring.Core.Agendas;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Reciprocity;

/// <summary>Use cases: a peer thanks another, a mentee keeps their mentor informed, every member sees the balance.</summary>
public sealed class ReciprocityActions(ICircleBoardStore store, TimeProvider time)
{
    public async Task<Result<Thanks>> ThankAsync(Caller caller, CircleId id, ThanksDraft draft, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        var entryId = EntryIds.For(caller, idempotencyKey, time);
        var board = await store.ReadForMemberAsync(caller, id, cancellationToken).ConfigureAwait(false);
        if (!entryId.IsSuccess || !board.IsSuccess)
        {
            return Result<Thanks>.Failure(board.IsSuccess ? entryId.Errors : board.Errors);
        }

        var thanks = Thanks.Create(entryId.Value, board.Value.Circle.Value, caller.Id, draft.To, draft.What, time.GetUtcNow());
        return await AddOnceAsync(caller, id, thanks, t => (t.From, t.To, t.What), cancellationToken).ConfigureAwait(false);
    }

    public async Task<Result<News>> TellAsync(Caller caller, CircleId id, NewsDraft draft, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        var entryId = EntryIds.For(caller, idempotencyKey, time);
        var board = await store.ReadForMemberAsync(caller, id, cancellationToken).ConfigureAwait(false);
        if (!entryId.IsSuccess || !board.IsSuccess)
        {
            return Result<News>.Failure(board.IsSuccess ? entryId.Errors : board.Errors);
        }

        var news = News.Create(entryId.Value, board.Value.Circle.Value, caller.Id, draft.Text, time.GetUtcNow());
        return await AddOnceAsync(caller, id, news, n => (n.Author, n.Text), cancellationToken).ConfigureAwait(false);
    }

    public async Task<Result<ReciprocityView>> BalanceAsync(Caller caller, CircleId id, CancellationToken cancellationToken = default)
    {
        var board = await store.ReadForMemberAsync(caller, id, cancellationToken).ConfigureAwait(false);
        return board.Map(b => new ReciprocityView(
            [.. b.Circle.Value.Members.Select(m => new MemberBalance(m.PersonId, m.DisplayName, b.Thanks.Count(t => t.From == m.PersonId), b.Thanks.Count(t => t.To == m.PersonId)))],
            [.. b.Thanks.OrderByDescending(t => t.At)],
            [.. b.News.OrderByDescending(n => n.At)]));
    }

    /// <summary>Stores a new entry once: a retry with the same key returns the first one; the same key for something else is a conflict.</summary>
    private async Task<Result<T>> AddOnceAsync<T, TWhat>(Caller caller, CircleId id, Result<T> entry, Func<T, TWhat> what, CancellationToken cancellationToken)
        where T : class, ICircleEntry
    {
        if (!entry.IsSuccess)
        {
            return entry;
        }

        var stored = await store.AddAsync(caller.Tenant, id, entry.Value, cancellationToken).ConfigureAwait(false);
        return EqualityComparer<TWhat>.Default.Equals(what(stored.Value), what(entry.Value)) ? stored.Value : Error.Conflict("idempotencyKey.otherRequest");
    }
}
