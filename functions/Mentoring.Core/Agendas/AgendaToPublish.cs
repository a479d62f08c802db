using Mentoring.Core.Circles;
using Mentoring.Core.Common;

namespace Mentoring.Core.Agendas;

/// <summary>A session whose agenda changed since it was last published, and the version of that mark.</summary>
public sealed record AgendaToPublish(TenantId Tenant, CircleId Circle, string SessionId, DateTimeOffset Due, string Version);
