namespace Mentoring.M365Emulator.Graph.Pipeline;

/// <summary>Who a valid Graph token speaks for: its tenant, the app (client id) it was issued to, and the permissions it carries.</summary>
/// <param name="App">The client the token was issued to (<c>appid</c> in a v1 token, <c>azp</c> in a v2 one): Outlook's concurrency is counted per app.</param>
/// <param name="AppOnly">An application token (roles, no user): the only kind an Exchange application access policy restricts.</param>
internal sealed record GraphCaller(Guid Tenant, IReadOnlySet<string> Permissions, string App = "", bool AppOnly = false);
