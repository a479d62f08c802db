using System.Globalization;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Infrastructure.Bot;

namespace Mentoring.Functions.Bot;

/// <summary>
/// What an authenticated activity teaches the delivery: the tenant's service URL, app installs and removals, and that a person
/// who writes to the bot can be written to again (Teams sends no event when someone unblocks the chat).
/// </summary>
public static class BotContactUpdates
{
    public static async Task ApplyAsync(IBotContactEvents contacts, BotActivity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        ArgumentNullException.ThrowIfNull(activity);
        var tenantText = activity.ChannelData?.Tenant?.Id ?? activity.Conversation?.TenantId;
        if (!TenantId.TryParse(tenantText, out var tenant))
        {
            return;
        }

        var serviceUrl = Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var url) ? url : null;
        if (serviceUrl is not null)
        {
            await contacts.ServiceUrlSeenAsync(tenant, serviceUrl, cancellationToken);
        }

        if (activity.Type == "installationUpdate" && PersonId.TryParse(activity.From?.AadObjectId, out var person))
        {
            var added = activity.Action?.StartsWith("add", StringComparison.OrdinalIgnoreCase) == true;
            await contacts.InstallationChangedAsync(tenant, person, added, SentAt(activity), cancellationToken);
        }
        else if (IsBotAddedToPersonalChat(activity) && PersonId.TryParse(activity.From?.AadObjectId, out var installer) && serviceUrl is not null)
        {
            // Teams' conversationUpdate after an install (subscribe-to-conversation-events, "Members added"): the 1:1 chat exists,
            // so the first card goes there without asking the Bot Connector to create it.
            await contacts.ConversationStartedAsync(tenant, installer, new Core.Delivery.BotConversation(serviceUrl.AbsoluteUri, activity.Conversation!.Id!), cancellationToken);
        }
        else if (activity.Type == "message" && PersonId.TryParse(activity.From?.AadObjectId, out var writer))
        {
            await contacts.InstallationChangedAsync(tenant, writer, installed: true, SentAt(activity), cancellationToken);
        }
    }

    /// <summary>The activity's <c>timestamp</c> (UTC, set by Teams when it sent it); null when absent or unreadable.</summary>
    private static DateTimeOffset? SentAt(BotActivity activity) =>
        DateTimeOffset.TryParse(activity.Timestamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;

    private static bool IsBotAddedToPersonalChat(BotActivity activity) =>
        activity is { Type: "conversationUpdate", Conversation: { ConversationType: "personal", Id.Length: > 0 }, Recipient.Id: { } bot, MembersAdded: { } added }
        && added.Any(m => string.Equals(m.Id, bot, StringComparison.OrdinalIgnoreCase));
}
