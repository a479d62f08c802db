using Mentoring.Core.Circles;
using Mentoring.Core.Common;

namespace Mentoring.Core.Delivery;

/// <summary>A session whose follow-ups or reminders fall due at <see cref="DueAt"/>, as indexed when it was saved.</summary>
/// <param name="Start">The session's start when indexed: a session moved since then no longer matches, and its new entry counts.</param>
/// <param name="End">The session's end when indexed (same reason).</param>
public sealed record DueSession(TenantId Tenant, CircleId Circle, string SessionId, CardKind Kind, DateTimeOffset DueAt, DateTimeOffset Start, DateTimeOffset End);
