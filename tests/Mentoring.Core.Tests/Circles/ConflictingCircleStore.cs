using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Tests.Circles;

/// <summary>
/// A one-circle store for the pure retry logic of <see cref="CircleChanges"/>: on the first <see cref="ReplaceAsync"/> calls it
/// lets another writer win (applying <see cref="OtherWriter"/>) and answers a conflict. Storage itself is tested on Azurite.
/// </summary>
internal sealed class ConflictingCircleStore(Circle circle, int conflicts, Func<Circle, Circle> otherWriter) : ICircleStore
{
    private int version = 1;
    private int conflictsLeft = conflicts;

    public Circle Current { get; private set; } = circle;

    public string Version => $"v{version}";

    public int Replaces { get; private set; }

    public Func<Circle, Circle> OtherWriter { get; } = otherWriter;

    public Task<Versioned<Circle>?> FindAsync(TenantId tenant, CircleId id, CancellationToken cancellationToken = default) =>
        Task.FromResult(tenant == Current.Tenant && id == Current.Id ? new Versioned<Circle>(Current, Version) : null);

    public Task<Result<string>> ReplaceAsync(Circle before, Circle after, string version, CancellationToken cancellationToken = default)
    {
        Replaces++;
        if (conflictsLeft > 0)
        {
            conflictsLeft--;
            Write(OtherWriter(Current));
            return Task.FromResult<Result<string>>(Error.Conflict("circle.changed"));
        }

        if (version != Version)
        {
            return Task.FromResult<Result<string>>(Error.Conflict("circle.changed"));
        }

        Write(after);
        return Task.FromResult<Result<string>>(Version);
    }

    public Task<IReadOnlyList<CircleSummary>> ListForMemberAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<Mentoring.Core.Circles.Invitations.CircleInvitation>> ListInvitationsAsync(
        TenantId tenant, PersonId person, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<Versioned<Circle>> AddAsync(Circle circle, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    private void Write(Circle circle)
    {
        Current = circle;
        version++;
    }
}
