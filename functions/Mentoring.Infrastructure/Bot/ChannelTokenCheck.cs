namespace Mentoring.Infrastructure.Bot;

/// <summary>What checking a channel token gave: accepted, refused (and why, for the log only), or keys unavailable.</summary>
public sealed record ChannelTokenCheck(ChannelTokenOutcome Outcome, string? Reason = null)
{
    public static readonly ChannelTokenCheck Valid = new(ChannelTokenOutcome.Valid);

    public static ChannelTokenCheck Refused(string reason) => new(ChannelTokenOutcome.Refused, reason);
}
