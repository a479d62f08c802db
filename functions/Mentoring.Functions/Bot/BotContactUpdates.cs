using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Infrastructure.Bot;

namespace Mentoring.Functions.Bot;

/// <summary>What an authenticated activity teaches the delivery: the tenant's service URL, and app installs and removals.</summary>
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

        if (Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl))
        {
            await contacts.ServiceUrlSeenAsync(tenant, serviceUrl, cancellationToken);
        }

        if (activity.Type == "installationUpdate" && PersonId.TryParse(activity.From?.AadObjectId, out var person))
        {
            await contacts.InstallationChangedAsync(tenant, person, installed: activity.Action?.StartsWith("add", StringComparison.OrdinalIgnoreCase) == true, cancellationToken);
        }
    }
}
