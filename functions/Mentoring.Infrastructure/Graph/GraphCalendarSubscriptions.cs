using System.Security.Cryptography;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling.Notifications;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models;

namespace Mentoring.Infrastructure.Graph;

/// <summary>Core's subscriptions and calendar delta over Graph, as the app in the organizer's tenant (Calendars.Read suffices).</summary>
/// <remarks>
/// <para>learn.microsoft.com/graph/api/subscription-post-subscriptions: resource <c>/users/{id}/events</c>, changeType
/// created,updated,deleted, a clientState of at most 128 characters (here 32 random bytes, base64url: 43), the lifecycle URL
/// the same endpoint (it tells lifecycle events by their <c>lifecycleEvent</c>). Graph validates both URLs before answering.</para>
/// <para>learn.microsoft.com/graph/api/event-delta: the first round names the window and pages with nextLink until the
/// deltaLink; occurrences carry their seriesMasterId, which is what the product indexes; a removed item is <c>@removed</c>
/// with only its id (a removed series master is found by that id; a removed occurrence is left to the daily reconciliation).</para>
/// </remarks>
internal sealed class GraphCalendarSubscriptions(GraphClients clients, IOptions<CalendarNotificationOptions> options) : ICalendarSubscriptions
{
    public bool Enabled => options.Value.NotificationUrl is not null;

    public Task<Result<MailboxSubscription>> CreateAsync(TenantId tenant, PersonId organizer, DateTimeOffset expiry, CancellationToken cancellationToken = default) =>
        clients.RunAsync(async () =>
        {
            var url = options.Value.NotificationUrl?.ToString() ?? throw new InvalidOperationException("No notification URL is configured.");
            var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
            var created = await clients.For(tenant).Subscriptions.PostAsync(new Subscription
            {
                ChangeType = "created,updated,deleted",
                NotificationUrl = url,
                LifecycleNotificationUrl = url,
                Resource = $"/users/{organizer}/events",
                ExpirationDateTime = expiry,
                ClientState = secret,
            }, cancellationToken: cancellationToken).ConfigureAwait(false);
            var id = created?.Id ?? throw new InvalidOperationException("Graph created a subscription without an id.");
            return new MailboxSubscription(tenant, organizer, id, secret, created.ExpirationDateTime ?? expiry, null);
        }, cancellationToken);

    public Task<Result<DateTimeOffset>> RenewAsync(TenantId tenant, string subscriptionId, DateTimeOffset expiry, CancellationToken cancellationToken = default) =>
        clients.RunAsync(async () =>
        {
            var renewed = await clients.For(tenant).Subscriptions[subscriptionId]
                .PatchAsync(new Subscription { ExpirationDateTime = expiry }, cancellationToken: cancellationToken).ConfigureAwait(false);
            return renewed?.ExpirationDateTime ?? expiry;
        }, cancellationToken);

    public Task<Result<Unit>> DeleteAsync(TenantId tenant, string subscriptionId, CancellationToken cancellationToken = default) =>
        clients.RunAsync(async () =>
        {
            await clients.For(tenant).Subscriptions[subscriptionId].DeleteAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return Unit.Value;
        }, cancellationToken);

    public Task<Result<CalendarDelta>> ReadChangesAsync(
        TenantId tenant, PersonId organizer, string? deltaLink, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default) =>
        clients.RunAsync(async () =>
        {
            var delta = clients.For(tenant).Users[organizer.ToString()].CalendarView.Delta;
            var page = deltaLink is null
                ? await delta.GetAsDeltaGetResponseAsync(r =>
                {
                    r.QueryParameters.StartDateTime = from.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
                    r.QueryParameters.EndDateTime = to.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
                    r.QueryParameters.Select = ["id", "seriesMasterId", "type"];
                }, cancellationToken).ConfigureAwait(false)
                : await delta.WithUrl(deltaLink).GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            var changed = new HashSet<string>(StringComparer.Ordinal);
            while (true)
            {
                foreach (var item in page?.Value ?? [])
                {
                    if ((item.SeriesMasterId ?? item.Id) is { Length: > 0 } id)
                    {
                        changed.Add(id);
                    }
                }

                if (page?.OdataDeltaLink is { } next)
                {
                    return new CalendarDelta([.. changed], next);
                }

                var more = page?.OdataNextLink ?? throw new InvalidOperationException("A calendar delta page had neither a nextLink nor a deltaLink.");
                page = await delta.WithUrl(more).GetAsDeltaGetResponseAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }, cancellationToken);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
