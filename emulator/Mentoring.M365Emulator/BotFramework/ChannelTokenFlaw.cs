namespace Mentoring.M365Emulator.BotFramework;

/// <summary>One way a channel token can be wrong, so tests can check a bot refuses each.</summary>
internal enum ChannelTokenFlaw
{
    None,
    WrongAudience,
    WrongIssuer,
    Expired,
    UnknownKey,
    NotEndorsedForTeams,
    ServiceUrlMismatch,
}
