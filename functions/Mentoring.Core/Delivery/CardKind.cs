namespace Mentoring.Core.Delivery;

/// <summary>What a card delivered to a member is for: each kind has its own outbox row, so a reminder never hides a follow-up.</summary>
public enum CardKind
{
    /// <summary>After a session ends: what happened, commitments, blockers (once per member per session).</summary>
    FollowUp,

    /// <summary>A set time before a session: the agenda so far (once per member per session).</summary>
    Reminder,
}
