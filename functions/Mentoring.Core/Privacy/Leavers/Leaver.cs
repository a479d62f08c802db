using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Privacy.Leavers;

/// <summary>A person the directory no longer has, since the product first noticed it.</summary>
public sealed record Leaver(TenantId Tenant, PersonId Person, DateTimeOffset NoticedAt);
