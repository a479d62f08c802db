using Mentoring.Core.Common;
using Mentoring.Core.FollowUps;
using Mentoring.Core.People;

namespace Mentoring.Infrastructure.Bot;

/// <summary>Reads what the delivery stored in BotContacts: one point read, Teams' reason turned into the tab's.</summary>
internal sealed class StoredBotReach(BotContacts contacts) : IBotReach
{
    public async Task<BotReach> OfAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken = default)
    {
        var contact = await contacts.FindAsync(tenant, person, cancellationToken).ConfigureAwait(false);
        return contact?.Unreachable is { Length: > 0 } code ? new BotReach(ReasonOf(code), contact.UnreachableSince) : BotReach.Reachable;
    }

    /// <summary>Teams' codes (msteams-docs, "Status codes from bot conversational APIs") and the app-removed event.</summary>
    private static string ReasonOf(string code) => code switch
    {
        "ConversationBlockedByUser" or "MessageWritesBlocked" or "209" => BotReach.Blocked,
        BotContacts.AppRemoved or "BotNotInConversationRoster" => BotReach.AppRemoved,
        "BotDisabledByAdmin" => BotReach.DisabledByAdmin,
        _ => BotReach.Other,
    };
}
