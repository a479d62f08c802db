using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Cohorts;

/// <summary>Use cases: a person answers an invitation to a cohort; a coordinator names a co-coordinator.</summary>
/// <remarks>
/// Each change is written with the cohort's ETag and retried on a conflict. Anyone without a pending invitation gets 404
/// <c>invitation.notFound</c>; a declined member is kept only so they are never asked or grouped again.
/// </remarks>
public sealed class CohortInvitations(ICohortStore store, CohortActions cohorts, PeopleLookup directory)
{
    private const int Attempts = 5;

    /// <summary>The cohorts I am invited to, each with its creator's name.</summary>
    public async Task<IReadOnlyList<CohortInvitation>> ListAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        var invited = (await store.ListCohortsAsync(caller.Tenant, cancellationToken).ConfigureAwait(false)).Where(c => c.Invited.Contains(caller.Id)).ToArray();
        var creators = await directory.FindAsync(caller.Tenant, [.. invited.Select(c => c.CreatedBy).Distinct()], cancellationToken).ConfigureAwait(false);
        var names = creators.IsSuccess ? creators.Value.ToDictionary(p => p.Id, p => p.DisplayName) : [];
        return [.. invited.Select(c => new CohortInvitation(c.Id, c.Name, names.GetValueOrDefault(c.CreatedBy, ""), c.CreatedAt))];
    }

    public Task<Result<Cohort>> AcceptAsync(Caller caller, Guid id, CancellationToken cancellationToken = default) =>
        ChangeAsync(caller.Tenant, id, c => Answer(c, caller.Id, accepted: true), cancellationToken);

    public Task<Result<Cohort>> DeclineAsync(Caller caller, Guid id, CancellationToken cancellationToken = default) =>
        ChangeAsync(caller.Tenant, id, c => Answer(c, caller.Id, accepted: false), cancellationToken);

    /// <summary>A coordinator of the cohort names another person of the tenant co-coordinator: they then see it too.</summary>
    public async Task<Result<Cohort>> AddCoordinatorAsync(Caller caller, Guid id, PersonId person, CancellationToken cancellationToken = default)
    {
        var found = await cohorts.FindAsync(caller, id, cancellationToken).ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return found;
        }

        var people = await directory.FindAsync(caller.Tenant, [person], cancellationToken).ConfigureAwait(false);
        if (!people.IsSuccess)
        {
            return Result<Cohort>.Failure(people.Errors);
        }

        if (people.Value.Count == 0)
        {
            return Error.Invalid("personId", "member.unknown");
        }

        return await ChangeAsync(caller.Tenant, id, c => c.IsCoordinatedBy(person) ? c : c with { CoCoordinators = [.. c.CoCoordinators, person] }, cancellationToken)
            .ConfigureAwait(false);
    }

    private static Result<Cohort> Answer(Cohort cohort, PersonId person, bool accepted)
    {
        if (!cohort.Invited.Contains(person))
        {
            return Error.NotFound("invitation.notFound");
        }

        var invited = cohort.Invited.Where(p => p != person).ToArray();
        return accepted
            ? cohort with { Invited = invited, Members = [.. cohort.Members, person] }
            : cohort with { Invited = invited, Declined = [.. cohort.Declined, person] };
    }

    private async Task<Result<Cohort>> ChangeAsync(TenantId tenant, Guid id, Func<Cohort, Result<Cohort>> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var found = await store.FindCohortVersionedAsync(tenant, id, cancellationToken).ConfigureAwait(false);
            if (found is null)
            {
                return Error.NotFound("invitation.notFound");
            }

            var after = change(found.Value);
            if (!after.IsSuccess || after.Value == found.Value)
            {
                return after;
            }

            if ((await store.SaveCohortAsync(after.Value, found.Version, cancellationToken).ConfigureAwait(false)).IsSuccess)
            {
                return after;
            }
        }

        return Error.Conflict("cohort.changed");
    }
}
