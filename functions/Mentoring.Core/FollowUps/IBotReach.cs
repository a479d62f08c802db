using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.FollowUps;

/// <summary>Whether the bot can still write to a person in Teams (the delivery learns it from Teams' answers and events).</summary>
public interface IBotReach
{
    Task<BotReach> OfAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken = default);
}
