using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Infrastructure.Bot;

/// <summary>What the bot endpoint tells the delivery about reaching people.</summary>
public interface IBotContactEvents
{
    /// <summary>Teams reached the bot from this service URL: proactive messages to the tenant go there.</summary>
    Task ServiceUrlSeenAsync(TenantId tenant, Uri serviceUrl, CancellationToken cancellationToken = default);

    /// <summary>Teams opened the person's 1:1 conversation with the bot (the app was added for them): cards go there, none is created.</summary>
    Task ConversationStartedAsync(TenantId tenant, PersonId person, Core.Delivery.BotConversation conversation, CancellationToken cancellationToken = default);

    /// <summary>The person installed the app (reachable again) or removed it (not written to again), at the activity's timestamp (now if it had none).</summary>
    Task InstallationChangedAsync(TenantId tenant, PersonId person, bool installed, DateTimeOffset? at, CancellationToken cancellationToken = default);
}
