using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Delivery;

/// <summary>Use case of the conversation queue: opens one person's personal conversation with the bot, installing the app if needed.</summary>
/// <remarks>
/// <para>Idempotent: <see cref="IBotMessenger.OpenAsync"/> first reads what is known (one point read), so a retried or duplicated
/// message finds the conversation and opens nothing twice; two workers racing on the same person both end with Teams' one
/// conversation (creating a 1:1 conversation returns the existing one, and installing an installed app is a 409 the installer
/// accepts). It sends the person nothing. Its requests go through the same tenant pacer as the cards'.</para>
/// <para>A 429/503 comes back as <see cref="BotStatus.RetryLater"/>: the worker puts the message back (after Retry-After when
/// given), and even a message lost for good loses nothing: the person's first card opens the conversation itself.</para>
/// <para>Nothing is opened (so the app is not installed and no contact row written) for a person who paused everything or whose
/// erasure is running: their first card after resuming opens it, and an erasure must not be followed by a
/// new row about them. Two point reads before the messenger's own.</para>
/// </remarks>
public sealed class OpenConversation(IBotMessenger bot, Privacy.IPersonPause pauses, Privacy.IErasureLog erasures)
{
    /// <summary>The outcome's detail when the person paused everything or is being erased: nothing was opened, nothing is retried.</summary>
    public const string NotNow = "notOpenedPausedOrErasing";

    public async Task<BotOutcome> ExecuteAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken = default)
    {
        if (await pauses.IsPausedAsync(tenant, person, cancellationToken).ConfigureAwait(false))
        {
            return new BotOutcome(BotStatus.Rejected, Detail: NotNow);
        }

        if (await erasures.FindAsync(tenant, person, cancellationToken).ConfigureAwait(false) is { Done: false })
        {
            return new BotOutcome(BotStatus.Rejected, Detail: NotNow);
        }

        return await bot.OpenAsync(tenant, person, cancellationToken).ConfigureAwait(false);
    }
}
