using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Delivery;

/// <summary>
/// When people join a circle (they created it, accepted an invitation, or matching formed it with their yes), their personal
/// conversation with the bot is opened ahead of time by a queue worker (<see cref="OpenConversation"/>), so that their first
/// card costs one Bot Connector request, like every later one, instead of two (create the conversation, then send).
/// </summary>
/// <remarks>
/// Queued on every join rather than only the first: whether it is the first is decided by the worker with one point read
/// (a conversation already known opens nothing), which is cheaper than reading the person's circles here. Only members are
/// queued, never invitees: installing the app for someone who has not said yes is what consent forbids.
/// </remarks>
public sealed class ConversationsAhead(IConversationQueue queue, DeliverySettings settings)
{
    public Task JoinedAsync(TenantId tenant, IReadOnlyCollection<PersonId> people, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(people);
        if (!settings.OpenConversationsAhead || people.Count == 0)
        {
            return Task.CompletedTask;
        }

        return queue.EnqueueAsync(tenant, people, cancellationToken);
    }
}
