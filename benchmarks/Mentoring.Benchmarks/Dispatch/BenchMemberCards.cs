using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.FollowUps;
using Mentoring.Core.People;

namespace Mentoring.Benchmarks.Dispatch;

/// <summary>A fixed 1.5 card naming its session, so each run's cards can be told apart in the chats: what a card says is not measured.</summary>
internal sealed class BenchMemberCards : IMemberCards
{
    public Task<MemberCard?> FollowUpAsync(TenantId tenant, CircleId circle, string sessionId, PersonId member, CancellationToken cancellationToken) =>
        Task.FromResult<MemberCard?>(new("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Comment s'est passée la séance ?"}]}""", "fr-FR", "Suivi " + sessionId));

    public Task<MemberCard?> ReminderAsync(TenantId tenant, CircleId circle, string sessionId, PersonId member, CancellationToken cancellationToken) =>
        Task.FromResult<MemberCard?>(null);
}
