using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Agendas;

/// <summary>Read, change, write with the version read: how every entry of a circle changes.</summary>
/// <remarks>
/// When the caller sent the version they saw (If-Match) a conflict is theirs to resolve and is returned at once. Otherwise the
/// change is re-applied to the fresh entry (every change is a function of the entry), so concurrent edits of different
/// fields — the author's text, the organizer's order — both survive.
/// </remarks>
public static class EntryChanges
{
    /// <summary>Each failed attempt means another write succeeded; a member's row sees far fewer concurrent writers than this.</summary>
    private const int Attempts = 16;

    public static async Task<Result<Versioned<T>>> ChangeAsync<T>(
        this ICircleBoardStore store, Caller caller, CircleId circle, string key, string? expectedVersion, Func<T, Result<T>> change, string notFoundCode, CancellationToken cancellationToken)
        where T : class, ICircleEntry
    {
        for (var attempt = 1; ; attempt++)
        {
            var found = await store.FindAsync<T>(caller.Tenant, circle, key, caller.Id, cancellationToken).ConfigureAwait(false);
            if (found is null)
            {
                return Error.NotFound(notFoundCode);
            }

            if (expectedVersion is not null && expectedVersion != found.Version)
            {
                return Error.Conflict("entry.changed");
            }

            var after = change(found.Value);
            if (!after.IsSuccess || after.Value == found.Value)
            {
                return after.Map(v => new Versioned<T>(v, found.Version));
            }

            var saved = await store.ReplaceAsync(caller.Tenant, circle, after.Value, found.Version, cancellationToken).ConfigureAwait(false);
            if (saved.IsSuccess)
            {
                return new Versioned<T>(after.Value, saved.Value);
            }

            if (expectedVersion is not null || attempt == Attempts)
            {
                return Result<Versioned<T>>.Failure(saved.Errors);
            }
        }
    }
}
