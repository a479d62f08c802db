using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Agendas;

/// <summary>Use cases: members add items to a coming session, authors rewrite or remove theirs, the organizer orders and ticks them.</summary>
public sealed class AgendaItems(ICircleBoardStore store, AgendaPublishing publishing, TimeProvider time)
{
    public async Task<Result<Versioned<AgendaItem>>> AddAsync(Caller caller, CircleId id, string sessionId, AgendaItemDraft draft, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        var itemId = EntryIds.For(caller, idempotencyKey, time);
        var board = await store.ReadForMemberAsync(caller, id, cancellationToken).ConfigureAwait(false);
        if (!itemId.IsSuccess || !board.IsSuccess)
        {
            return Result<Versioned<AgendaItem>>.Failure(board.IsSuccess ? itemId.Errors : board.Errors);
        }

        var now = time.GetUtcNow();
        var session = SessionAgendas.OpenSession(board.Value, sessionId, now);
        if (!session.IsSuccess)
        {
            return Result<Versioned<AgendaItem>>.Failure(session.Errors);
        }

        var existing = board.Value.Items.Where(i => i.Value.SessionId == sessionId).ToArray();
        var retried = existing.FirstOrDefault(i => i.Value.Id == itemId.Value);
        var item = AgendaItem.Create(itemId.Value, sessionId, caller.Id, draft.Kind, draft.Text, existing.Length == 0 ? 0 : existing.Max(i => i.Value.Order) + 1, now);
        if (!item.IsSuccess || retried is not null)
        {
            return retried is null ? Result<Versioned<AgendaItem>>.Failure(item.Errors) : SameRequest(retried, item);
        }

        if (existing.Length >= SessionAgendas.MaxItemsPerSession)
        {
            return Error.Invalid("text", "agenda.full", new Dictionary<string, object> { ["max"] = SessionAgendas.MaxItemsPerSession });
        }

        var stored = await store.AddAsync(caller.Tenant, id, item.Value, cancellationToken).ConfigureAwait(false);
        await publishing.MarkAsync(board.Value, session.Value, cancellationToken).ConfigureAwait(false);
        return SameRequest(stored, item);
    }

    public async Task<Result<Versioned<AgendaItem>>> ChangeAsync(Caller caller, CircleId id, string sessionId, Guid itemId, AgendaItemPatch patch, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        var board = await store.ReadForMemberAsync(caller, id, cancellationToken).ConfigureAwait(false);
        if (!board.IsSuccess)
        {
            return Result<Versioned<AgendaItem>>.Failure(board.Errors);
        }

        var organizer = board.Value.Circle.Value.Schedule?.Organizer;
        var rewrites = patch.Kind is not null || patch.Text is not null;
        if (patch.Discussed is not null && organizer != caller.Id)
        {
            return Error.Forbidden("agenda.organizerOnly");
        }

        var session = rewrites ? SessionAgendas.OpenSession(board.Value, sessionId, time.GetUtcNow()) : SessionAgendas.ExistingSession(board.Value, sessionId);
        if (!session.IsSuccess)
        {
            return Result<Versioned<AgendaItem>>.Failure(session.Errors);
        }

        var changed = await store.ChangeAsync<AgendaItem>(caller, id, AgendaItem.KeyOf(sessionId, itemId), expectedVersion, item =>
        {
            var edited = rewrites ? item.Edit(caller.Id, patch.Kind, patch.Text) : item;
            return patch.Discussed is { } discussed ? edited.Map(i => i with { Discussed = discussed }) : edited;
        }, "agenda.item.notFound", cancellationToken).ConfigureAwait(false);
        if (changed.IsSuccess)
        {
            await publishing.MarkAsync(board.Value, session.Value, cancellationToken).ConfigureAwait(false);
        }

        return changed;
    }

    public async Task<Result<Unit>> RemoveAsync(Caller caller, CircleId id, string sessionId, Guid itemId, CancellationToken cancellationToken = default)
    {
        var board = await store.ReadForMemberAsync(caller, id, cancellationToken).ConfigureAwait(false);
        var session = board.IsSuccess ? SessionAgendas.OpenSession(board.Value, sessionId, time.GetUtcNow()) : Result<Scheduling.Session>.Failure(board.Errors);
        if (!session.IsSuccess)
        {
            return Result<Unit>.Failure(session.Errors);
        }

        var key = AgendaItem.KeyOf(sessionId, itemId);
        for (var attempt = 1; ; attempt++)
        {
            var found = await store.FindAsync<AgendaItem>(caller.Tenant, id, key, caller.Id, cancellationToken).ConfigureAwait(false);
            if (found is null)
            {
                // Removing twice (a retried DELETE) is not an error.
                return Unit.Value;
            }

            var allowed = found.Value.CheckRemovableBy(caller.Id);
            var deleted = allowed.IsSuccess ? await store.DeleteAsync<AgendaItem>(caller.Tenant, id, key, found.Version, cancellationToken).ConfigureAwait(false) : allowed;
            if (deleted.IsSuccess || deleted.Errors[0].Kind != ErrorKind.Conflict || attempt == 3)
            {
                if (deleted.IsSuccess)
                {
                    await publishing.MarkAsync(board.Value, session.Value, cancellationToken).ConfigureAwait(false);
                }

                return deleted;
            }
        }
    }

    /// <summary>The organizer puts the items in a new order; items left out (added meanwhile) follow, in their current order.</summary>
    public async Task<Result<IReadOnlyList<Versioned<AgendaItem>>>> ReorderAsync(Caller caller, CircleId id, string sessionId, IReadOnlyList<string>? itemIds, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var board = await store.ReadForMemberAsync(caller, id, cancellationToken).ConfigureAwait(false);
            if (!board.IsSuccess)
            {
                return Result<IReadOnlyList<Versioned<AgendaItem>>>.Failure(board.Errors);
            }

            if (board.Value.Circle.Value.Schedule?.Organizer != caller.Id)
            {
                return Error.Forbidden("agenda.organizerOnly");
            }

            if (board.Value.Session(sessionId) is not { } session)
            {
                return Error.NotFound("session.notFound");
            }

            var agenda = SessionAgendas.Compose(board.Value, session, caller.Id, time.GetUtcNow()).Items;
            var order = Reorder(agenda, itemIds ?? []);
            if (!order.IsSuccess)
            {
                return Result<IReadOnlyList<Versioned<AgendaItem>>>.Failure(order.Errors);
            }

            var changed = order.Value.Select((item, index) => (item, index)).Where(x => x.item.Value.Order != x.index)
                .Select(x => x.item with { Value = x.item.Value with { Order = x.index } }).ToArray();
            var saved = changed.Length == 0 ? Unit.Value : await store.ReplaceItemsAsync(caller.Tenant, id, changed, cancellationToken).ConfigureAwait(false);
            if (saved.IsSuccess)
            {
                await publishing.MarkAsync(board.Value, session, cancellationToken).ConfigureAwait(false);
                return Result<IReadOnlyList<Versioned<AgendaItem>>>.Success([.. order.Value.Select((item, index) => item with { Value = item.Value with { Order = index } })]);
            }

            if (attempt == 5)
            {
                return Result<IReadOnlyList<Versioned<AgendaItem>>>.Failure(saved.Errors);
            }
        }
    }

    private static Result<List<Versioned<AgendaItem>>> Reorder(IReadOnlyList<Versioned<AgendaItem>> agenda, IReadOnlyList<string> itemIds)
    {
        var ids = itemIds.Take(SessionAgendas.MaxItemsPerSession + 1).Select(t => Guid.TryParse(t, out var g) ? g : Guid.Empty).ToArray();
        if (ids.Contains(Guid.Empty) || ids.Distinct().Count() != ids.Length)
        {
            return Error.Invalid("itemIds", "agenda.order.invalid");
        }

        // An id the session no longer has (removed meanwhile) is skipped; items the list leaves out follow in their order.
        var byId = agenda.ToDictionary(i => i.Value.Id);
        var ordered = ids.Where(byId.ContainsKey).Select(g => byId[g]).ToList();
        ordered.AddRange(agenda.Where(i => !ids.Contains(i.Value.Id)));
        return ordered;
    }

    /// <summary>A retried creation returns what the first attempt stored; the same key for another item is a conflict.</summary>
    private static Result<Versioned<AgendaItem>> SameRequest(Versioned<AgendaItem> stored, Result<AgendaItem> asked) =>
        asked.IsSuccess && (stored.Value.Author, stored.Value.Kind, stored.Value.Text) == (asked.Value.Author, asked.Value.Kind, asked.Value.Text)
            ? stored
            : Error.Conflict("idempotencyKey.otherRequest");
}
