namespace Mentoring.M365Emulator.Control;

/// <summary>Body of POST /_emulator/botframework/tokens.</summary>
/// <param name="Kind">"botFramework" (default: issuer https://api.botframework.com), "entraV2" or "entraV1" (issued by Entra in
/// <paramref name="TenantId"/>, the bot's tenant).</param>
internal sealed record MintChannelTokenBody(string BotAppId, string ServiceUrl, string? Flaw = null, string? Kind = null, Guid? TenantId = null);
