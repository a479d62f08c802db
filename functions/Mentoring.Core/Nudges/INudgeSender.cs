using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Nudges;

/// <summary>Sends activity-feed notifications (Graph's sendActivityNotification, or its bulk form for several recipients).</summary>
public interface INudgeSender
{
    Task<NudgeSent> SendAsync(TenantId tenant, IReadOnlyList<PersonId> recipients, NudgeMessage message, CancellationToken cancellationToken = default);
}

/// <summary>What became of a send.</summary>
public enum NudgeSendStatus
{
    /// <summary>Graph took it: every recipient has it.</summary>
    Sent,

    /// <summary>Graph asked to come back later (429, 503): nobody has it, try again after <see cref="NudgeSent.RetryAfter"/>.</summary>
    RetryLater,

    /// <summary>Graph refused it for good (the app is not installed for the recipient, or the request is wrong): nobody has it.</summary>
    Refused,
}

/// <param name="Reason">For <see cref="NudgeSendStatus.Refused"/>: why, in Graph's words, for the log.</param>
public sealed record NudgeSent(NudgeSendStatus Status, TimeSpan? RetryAfter = null, string? Reason = null)
{
    public static NudgeSent Done { get; } = new(NudgeSendStatus.Sent);
}
