namespace Mentoring.M365Emulator.BotFramework;

/// <summary>One way a channel token can be wrong, so tests can check a bot refuses each.</summary>
internal enum ChannelTokenFlaw
{
    None,
    WrongAudience,

    /// <summary>Bot Framework kind: a v1 issuer of the Bot Framework's own tenant (Emulator and skills tokens); Entra kinds: another tenant's issuer.</summary>
    WrongIssuer,
    Expired,
    UnknownKey,
    NotEndorsedForTeams,
    ServiceUrlMismatch,

    /// <summary>Entra kinds: a v2 issuer with <c>ver</c> 1.0, or the reverse.</summary>
    VersionMismatch,

    /// <summary>Signed with a published key of the other authority: Entra's key on a Bot Framework token, or the reverse.</summary>
    KeyOfTheOtherSource,
}
