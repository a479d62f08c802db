using Mentoring.Core.Common;

namespace Mentoring.Functions.Bot;

/// <summary>The tenant an activity was sent in, checked against the allow-list before anything is read or stored for it.</summary>
/// <remarks>
/// <para>Teams names the tenant twice: <c>channelData.tenant.id</c> ("Teams channel data",
/// https://learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/conversation-messages#teams-channel-data) and
/// <c>conversation.tenantId</c> (the Bot Framework activity schema's ConversationAccount,
/// https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference#conversationaccount-object).
/// The channel token vouches for the activity, not for the tenant being one we serve: the Bot Connector delivers activities
/// of every organization that installed the app.</para>
/// <para>Stricter than kinder: no tenant, an unreadable one, or two that disagree are refused like a tenant not on
/// <c>Auth:AllowedTenantIds</c> (403 <c>auth.tenant.notAllowed</c>), the same gate the Entra-token endpoints keep.</para>
/// </remarks>
public static class BotTenantGate
{
    /// <summary>The activity's tenant when it is on <paramref name="allowed"/>; otherwise the refusal.</summary>
    public static Result<TenantId> Check(BotActivity activity, IReadOnlyList<Guid> allowed)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(allowed);
        var inChannelData = activity.ChannelData?.Tenant?.Id;
        var inConversation = activity.Conversation?.TenantId;
        if (inChannelData is not null && inConversation is not null && !string.Equals(inChannelData, inConversation, StringComparison.OrdinalIgnoreCase))
        {
            return Error.Forbidden("auth.tenant.notAllowed");
        }

        if (!TenantId.TryParse(inChannelData ?? inConversation, out var tenant))
        {
            return Error.Forbidden("auth.tenant.notAllowed");
        }

        if (!allowed.Contains(tenant.Value))
        {
            return Error.Forbidden("auth.tenant.notAllowed");
        }

        return tenant;
    }
}
