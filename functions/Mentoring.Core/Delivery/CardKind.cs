namespace Mentoring.Core.Delivery;

/// <summary>What a card delivered to a person is for: each kind has its own outbox row, so a reminder never hides a follow-up.</summary>
public enum CardKind
{
    /// <summary>After a session ends: what happened, commitments, blockers (once per member per session).</summary>
    FollowUp,

    /// <summary>A set time before a session: the agenda so far (once per member per session).</summary>
    Reminder,

    /// <summary>To a mentor: a mentee's personal request, to accept or decline from the card (once per request).</summary>
    MentorRequest,

    /// <summary>To a mentee: the mentor's decision and word (once per request).</summary>
    RequestAnswer,

    /// <summary>To an invitee who already has the app in Teams: the invitation, to accept or decline from the card (once per invitation).</summary>
    Invitation,

    /// <summary>Not a card: two days before a session, an activity-feed nudge to the members who added nothing to its agenda (Nudges).</summary>
    PrepareNudge,

    /// <summary>Not a card: the day before a session, an activity-feed nudge to the members with a commitment due the next day (Nudges).</summary>
    CommitmentNudge,

    /// <summary>Two weeks before an agreement's end: the end question waits in the tab (once per member per end round).</summary>
    EndingQuestion,

    /// <summary>A circle flagged inactive: the choice waits in the tab (once per member per flag, once more for its warning).</summary>
    InactivityFlag,
}
