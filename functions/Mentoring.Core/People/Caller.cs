using Mentoring.Core.Common;

namespace Mentoring.Core.People;

/// <summary>The authenticated person a use case acts for, taken from the token (tid, oid).</summary>
/// <param name="IsCoordinator">The tenant gave this person the app role <c>Coordinator</c> (the token's <c>roles</c>): they gather
/// cohorts and follow their activity.</param>
public sealed record Caller(TenantId Tenant, PersonId Id, string DisplayName, bool IsCoordinator = false);
