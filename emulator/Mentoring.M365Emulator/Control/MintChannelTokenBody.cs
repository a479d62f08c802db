namespace Mentoring.M365Emulator.Control;

/// <summary>Body of POST /_emulator/botframework/tokens.</summary>
internal sealed record MintChannelTokenBody(string BotAppId, string ServiceUrl, string? Flaw = null);
