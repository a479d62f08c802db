using System.Collections.Concurrent;
using Mentoring.Core.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Graph.Users.Item;
using Microsoft.Kiota.Abstractions;

namespace Mentoring.Infrastructure.Graph;

/// <summary>Finds the Teams meeting chat thread id of an event's meeting: it is on the onlineMeeting resource, not the event.</summary>
/// <remarks>
/// The event's onlineMeeting is an onlineMeetingInfo (joinUrl, conferenceId, phones...) with no chatInfo, so the
/// thread id is read from GET /users/{organizer}/onlineMeetings?$filter=JoinWebUrl eq '{joinUrl}' (learn.microsoft.com
/// "Get onlineMeeting"). That needs OnlineMeetings.Read.All and a Teams application access policy, which a tenant may
/// not grant: then the series is still scheduled, only without its chat thread. Transient failures are left to
/// <see cref="GraphCall"/> (Unavailable), so the scheduling is retried and the lookup with it.
/// </remarks>
internal sealed class MeetingChatThreads(ILogger<MeetingChatThreads> logger)
{
    // One warning per tenant and answer (200 with nothing found, 403, 404): a tenant without the grant would otherwise log at every scheduling.
    private readonly ConcurrentDictionary<(TenantId, int), bool> warned = new();

    public async Task<string?> FindAsync(TenantId tenant, UserItemRequestBuilder organizer, string joinUrl, CancellationToken cancellationToken)
    {
        if (joinUrl.Length == 0)
        {
            return null;
        }

        try
        {
            // The SDK percent-encodes the whole filter, as Graph requires of the joinWebUrl; '' escapes a quote in OData.
            var page = await organizer.OnlineMeetings.GetAsync(
                r => r.QueryParameters.Filter = $"JoinWebUrl eq '{joinUrl.Replace("'", "''", StringComparison.Ordinal)}'", cancellationToken).ConfigureAwait(false);
            var threadId = page?.Value?.Select(m => m.ChatInfo?.ThreadId).FirstOrDefault(id => !string.IsNullOrEmpty(id));
            if (threadId is null && FirstTime(tenant, 200))
            {
                logger.LogWarning("Graph found no onlineMeeting for a series' join URL in tenant {Tenant}; its chat thread id stays empty.", tenant);
            }

            return threadId;
        }
        catch (ApiException e) when (e.ResponseStatusCode is 403 or 404)
        {
            if (FirstTime(tenant, e.ResponseStatusCode))
            {
                logger.LogWarning(
                    "Graph answered {Status} to the onlineMeetings lookup in tenant {Tenant}: grant OnlineMeetings.Read.All and a Teams "
                    + "application access policy so that series keep their meeting chat thread id.", e.ResponseStatusCode, tenant);
            }

            return null;
        }
    }

    private bool FirstTime(TenantId tenant, int status) => warned.TryAdd((tenant, status), true);
}
