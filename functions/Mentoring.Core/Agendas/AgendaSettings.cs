namespace Mentoring.Core.Agendas;

/// <summary>When agenda edits reach Outlook.</summary>
/// <param name="CoalescingDelay">Edits within this delay of the first one go out as one update.</param>
/// <param name="Lead">The invitation is up to date at least this long before the session starts.</param>
/// <param name="PanelLink">Opens the meeting side panel (a Teams deep link), put in every invitation's agenda.</param>
/// <param name="TimerPeriod">How often the publishing timer runs: a change is due that much before the lead, so it is out in time.</param>
public sealed record AgendaSettings(TimeSpan CoalescingDelay, TimeSpan Lead, Uri PanelLink, TimeSpan TimerPeriod)
{
    /// <summary>When a change made at <paramref name="now"/> to a session starting at <paramref name="sessionStart"/> must be published.</summary>
    public DateTimeOffset PublishBy(DateTimeOffset now, DateTimeOffset sessionStart)
    {
        var coalesced = now + CoalescingDelay;
        var latest = sessionStart - Lead - TimerPeriod;
        return latest < coalesced ? (latest < now ? now : latest) : coalesced;
    }
}
