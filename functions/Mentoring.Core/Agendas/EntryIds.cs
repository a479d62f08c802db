using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Agendas;

/// <summary>Ids of what members write: time-ordered when new, or derived from the request's idempotency key so a retry finds its entry.</summary>
public static class EntryIds
{
    public static Result<Guid> For(Caller caller, string? idempotencyKey, TimeProvider time) =>
        idempotencyKey is null
            ? Guid.CreateVersion7(time.GetUtcNow())
            : CircleIds.FromIdempotencyKey(caller, idempotencyKey).Map(id => id.Value);
}
