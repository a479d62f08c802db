using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Circles;

/// <summary>Read, change, write with the version read: the one way every circle change is saved.</summary>
/// <remarks>
/// When the caller sent the version they saw (If-Match) a conflict is theirs to resolve and is returned at once.
/// Otherwise the change is re-applied to the fresh circle, which is safe because every change is a function of the circle.
/// </remarks>
public static class CircleChanges
{
    private const int Attempts = 3;

    public static Task<Result<CircleView>> ApplyAsync(
        this ICircleStore store, Caller caller, CircleId id, string? expectedVersion, Func<Circle, Result<Circle>> change, CancellationToken cancellationToken) =>
        ApplyAsync(store, () => store.FindForMemberAsync(caller, id, cancellationToken), expectedVersion, change, cancellationToken);

    /// <summary>The same, for the product itself (a timer): no caller, so no membership check.</summary>
    public static Task<Result<CircleView>> ApplyAsSystemAsync(
        this ICircleStore store, TenantId tenant, CircleId id, Func<Circle, Result<Circle>> change, CancellationToken cancellationToken) =>
        ApplyAsync(store, SystemRead(store, tenant, id, cancellationToken), null, change, cancellationToken);

    /// <summary>The same, from a circle the caller has just read (its membership checked): read again only after a conflict.</summary>
    public static Task<Result<CircleView>> ApplyAsync(
        this ICircleStore store, Caller caller, Versioned<Circle> read, Func<Circle, Result<Circle>> change, CancellationToken cancellationToken) =>
        ApplyAsync(store, () => store.FindForMemberAsync(caller, read.Value.Id, cancellationToken), null, change, cancellationToken, read);

    /// <summary>The same for the product itself, from a circle it has just read or saved: read again only after a conflict.</summary>
    public static Task<Result<CircleView>> ApplyAsSystemAsync(
        this ICircleStore store, Versioned<Circle> read, Func<Circle, Result<Circle>> change, CancellationToken cancellationToken) =>
        ApplyAsync(store, SystemRead(store, read.Value.Tenant, read.Value.Id, cancellationToken), null, change, cancellationToken, read);

    private static Func<Task<Result<Versioned<Circle>>>> SystemRead(ICircleStore store, TenantId tenant, CircleId id, CancellationToken cancellationToken) =>
        async () => await store.FindAsync(tenant, id, cancellationToken).ConfigureAwait(false) is { } found ? found : Error.NotFound("circle.notFound");

    private static async Task<Result<CircleView>> ApplyAsync(
        ICircleStore store, Func<Task<Result<Versioned<Circle>>>> find, string? expectedVersion, Func<Circle, Result<Circle>> change, CancellationToken cancellationToken, Versioned<Circle>? read = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            var found = attempt == 1 && read is not null ? read : await find().ConfigureAwait(false);
            if (!found.IsSuccess)
            {
                return Result<CircleView>.Failure(found.Errors);
            }

            var (before, version) = found.Value;
            if (expectedVersion is not null && expectedVersion != version)
            {
                return Error.Conflict("circle.changed");
            }

            var after = change(before);
            if (!after.IsSuccess)
            {
                return Result<CircleView>.Failure(after.Errors);
            }

            if (after.Value == before)
            {
                return new CircleView(before, version);
            }

            var saved = await store.ReplaceAsync(before, after.Value, version, cancellationToken).ConfigureAwait(false);
            if (saved.IsSuccess)
            {
                return new CircleView(after.Value, saved.Value);
            }

            if (expectedVersion is not null || attempt == Attempts)
            {
                return Result<CircleView>.Failure(saved.Errors);
            }
        }
    }
}
