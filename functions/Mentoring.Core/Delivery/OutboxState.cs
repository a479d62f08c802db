namespace Mentoring.Core.Delivery;

/// <summary>Where one card's delivery is. Final states never change again; see <see cref="DeliverCard"/> for the transitions.</summary>
public enum OutboxState
{
    /// <summary>To send: new, or released after a failure known not to have delivered anything.</summary>
    Pending,

    /// <summary>A worker holds it until its lease ends and has not started the send: safe to take over after the lease.</summary>
    Claimed,

    /// <summary>The send request is (about to be) on the wire: if its worker vanished, nobody knows whether it arrived.</summary>
    Sending,

    /// <summary>Final: delivered, with the activity id Teams returned.</summary>
    Sent,

    /// <summary>Final: nothing to send (already answered, paused, not a member, session moved).</summary>
    Skipped,

    /// <summary>
    /// Final: the send may or may not have been delivered (timeout, lost response, worker gone mid-send). Never resent, since
    /// a second card is worse than none here: the follow-up stays answerable from the personal tab.
    /// </summary>
    Unknown,

    /// <summary>Final: the person blocked the bot, removed the app, or an admin disabled it; they are not written to again.</summary>
    Unreachable,

    /// <summary>Final: Teams refused the card itself (a bug: too big, malformed); retrying would fail the same way.</summary>
    Failed,
}
