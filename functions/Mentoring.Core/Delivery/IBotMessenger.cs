using Mentoring.Core.Common;
using Mentoring.Core.FollowUps;
using Mentoring.Core.People;

namespace Mentoring.Core.Delivery;

/// <summary>The bot's side of Teams: a person's 1:1 conversation, and cards posted into it.</summary>
/// <remarks>
/// Two steps so the outbox can mark a card "sending" between them: opening (installing the app, creating or finding the
/// conversation) is idempotent and sends the person nothing, so any failure there is safe to retry; only the send can
/// leave a card's fate unknown.
/// </remarks>
public interface IBotMessenger
{
    /// <summary>
    /// What is already known without opening anything (one read): the remembered conversation, or
    /// <see cref="BotStatus.Unreachable"/>; <c>null</c> when the conversation must be opened.
    /// </summary>
    Task<BotOutcome?> FindAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken = default);

    /// <summary>The person's conversation, created once and remembered; <see cref="BotStatus.Unreachable"/> for someone who blocked the bot.</summary>
    Task<BotOutcome> OpenAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken = default);

    /// <summary>
    /// The person's conversation only if they already have the app (stored conversation, or the app found installed for them);
    /// <see cref="BotStatus.Unreachable"/> with detail <c>appNotInstalled</c> otherwise. Never installs anything.
    /// </summary>
    Task<BotOutcome> OpenInstalledAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken = default);

    /// <summary>Replaces a card the bot posted (its activity id) with another: Teams shows the new one in its place.</summary>
    Task<BotOutcome> ReplaceAsync(TenantId tenant, PersonId person, BotConversation conversation, string activityId, MemberCard card, CancellationToken cancellationToken = default);

    /// <summary>Posts the card once; retries only failures known not to have delivered it.</summary>
    Task<BotOutcome> SendAsync(TenantId tenant, PersonId person, BotConversation conversation, MemberCard card, CancellationToken cancellationToken = default);
}
