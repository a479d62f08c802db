namespace Mentoring.M365Emulator.Graph.Pipeline;

/// <summary>Who a valid Graph token speaks for: its tenant and the permissions it carries (app roles or delegated scopes).</summary>
internal sealed record GraphCaller(Guid Tenant, IReadOnlySet<string> Permissions);
