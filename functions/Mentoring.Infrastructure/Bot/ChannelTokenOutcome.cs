namespace Mentoring.Infrastructure.Bot;

public enum ChannelTokenOutcome
{
    Valid,
    Refused,

    /// <summary>The Bot Framework's keys could not be read and none are cached: nobody can tell, so the channel should retry.</summary>
    KeysUnavailable,
}
