namespace Mentoring.Core.Agendas;

/// <summary>When agenda edits reach Outlook: at most <see cref="MaxUpdates"/> meeting updates per session.</summary>
/// <param name="CoalescingDelay">Edits within this delay of the first one go out as one update.</param>
/// <param name="Lead">The invitation holds the final agenda this long before the session starts (the second update, if any).</param>
/// <param name="PanelLink">Opens the meeting side panel (a Teams deep link), put in every invitation's agenda.</param>
/// <param name="TimerPeriod">How often the publishing timer runs: a change is due that much before the lead, so it is out in time.</param>
/// <param name="ReadyLead">The agenda is "ready" this long before the session: the first update is not sent earlier.</param>
/// <remarks>
/// Every body change by the organizer makes Exchange send a meeting update to every attendee
/// (https://learn.microsoft.com/graph/api/event-update), so each publish is a mail in every member's inbox. Members edit the
/// agenda all month long; the tab shows it live. Outlook gets it twice at most: once when it is ready, once more shortly
/// before the session only if it changed since.
/// </remarks>
public sealed record AgendaSettings(TimeSpan CoalescingDelay, TimeSpan Lead, Uri PanelLink, TimeSpan TimerPeriod, TimeSpan ReadyLead)
{
    /// <summary>Meeting updates the product causes per session, at most.</summary>
    public const int MaxUpdates = 2;

    /// <summary>When a change made at <paramref name="now"/> to a session starting at <paramref name="sessionStart"/> must be published.</summary>
    public DateTimeOffset PublishBy(DateTimeOffset now, DateTimeOffset sessionStart)
    {
        var coalesced = now + CoalescingDelay;
        var ready = sessionStart - ReadyLead;
        var due = coalesced > ready ? coalesced : ready;
        var latest = FinalAt(sessionStart);
        return latest < due ? (latest < now ? now : latest) : due;
    }

    /// <summary>The earliest time the update after <paramref name="updatesSent"/> updates may go out.</summary>
    public DateTimeOffset NotBefore(int updatesSent, DateTimeOffset sessionStart) =>
        updatesSent == 0 ? sessionStart - ReadyLead : FinalAt(sessionStart);

    /// <summary>Whether an update sent at <paramref name="now"/> is the final one: from the final lead on, none may follow it, so it
    /// is the one that carries the agenda file (attached once, never replaced: see <see cref="PublishAgendas"/>).</summary>
    public bool IsFinal(DateTimeOffset now, DateTimeOffset sessionStart) => now >= FinalAt(sessionStart);

    private DateTimeOffset FinalAt(DateTimeOffset sessionStart) => sessionStart - Lead - TimerPeriod;
}
