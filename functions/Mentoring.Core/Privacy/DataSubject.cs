using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Privacy;

/// <summary>The person an export or an erasure is for, and the circles they are (or were, for an erasure under way) in.</summary>
/// <param name="Names">Their display name and email as the directory knows them: what a store looks for besides the id.</param>
/// <remarks>The circles are found once by the use case and given to every store, so no store has to find them again.</remarks>
public sealed record DataSubject(TenantId Tenant, PersonId Person, IReadOnlyList<CircleId> Circles, IReadOnlyList<string> Names)
{
    /// <summary>The subject as the use cases build it: the directory's name and email, and the token's name.</summary>
    public static async Task<DataSubject> OfAsync(Caller caller, IReadOnlyList<CircleId> circles, IPersonDirectory people, CancellationToken cancellationToken)
    {
        var found = await people.FindAsync(caller.Tenant, [caller.Id], cancellationToken).ConfigureAwait(false);
        string[] names = [caller.DisplayName, .. found.SelectMany(p => new[] { p.DisplayName, p.Email })];
        return new DataSubject(caller.Tenant, caller.Id, circles, [.. names.Where(n => n.Trim().Length >= 3).Distinct(StringComparer.OrdinalIgnoreCase)]);
    }

    /// <summary>The subject as a worker builds it (no token at hand): the directory's copy of their name and email.</summary>
    public static async Task<DataSubject> OfAsync(TenantId tenant, PersonId person, IReadOnlyList<CircleId> circles, IPersonDirectory people, CancellationToken cancellationToken)
    {
        var found = await people.FindAsync(tenant, [person], cancellationToken).ConfigureAwait(false);
        string[] names = [.. found.SelectMany(p => new[] { p.DisplayName, p.Email })];
        return new DataSubject(tenant, person, circles, [.. names.Where(n => n.Trim().Length >= 3).Distinct(StringComparer.OrdinalIgnoreCase)]);
    }
}
