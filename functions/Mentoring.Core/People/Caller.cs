using Mentoring.Core.Common;

namespace Mentoring.Core.People;

/// <summary>The authenticated person a use case acts for, taken from the token (tid, oid).</summary>
public sealed record Caller(TenantId Tenant, PersonId Id, string DisplayName);
