using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Delivery;

/// <summary>The queue of personal conversations to open ahead of a person's first card (<see cref="ConversationsAhead"/>).</summary>
public interface IConversationQueue
{
    /// <summary>One message per person; a failure to enqueue is logged, never thrown: the first card can still open the conversation.</summary>
    Task EnqueueAsync(TenantId tenant, IReadOnlyCollection<PersonId> people, CancellationToken cancellationToken = default);
}
