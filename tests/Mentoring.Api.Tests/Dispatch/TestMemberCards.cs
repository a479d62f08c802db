using System.Collections.Concurrent;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.FollowUps;
using Mentoring.Core.People;

namespace Mentoring.Api.Tests.Dispatch;

/// <summary>A fixed card for everyone, and nothing (null) for the members marked as having answered: what a card says is not tested here.</summary>
public sealed class TestMemberCards : IMemberCards
{
    public ConcurrentDictionary<(CircleId Circle, string Session, PersonId Member), bool> Answered { get; } = new();

    public Task<MemberCard?> FollowUpAsync(TenantId tenant, CircleId circle, string sessionId, PersonId member, CancellationToken cancellationToken) =>
        Task.FromResult(Answered.ContainsKey((circle, sessionId, member)) ? null : new MemberCard("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Suivi"}]}""", "fr-FR", "Suivi de séance"));

    public Task<MemberCard?> ReminderAsync(TenantId tenant, CircleId circle, string sessionId, PersonId member, CancellationToken cancellationToken) =>
        Task.FromResult<MemberCard?>(new MemberCard("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Rappel"}]}""", "fr-FR", "Rappel de séance"));
}
