using Mentoring.M365Emulator.Graph.Events;

namespace Mentoring.M365Emulator.Graph.Subscriptions;

/// <summary>Every change made to the calendars, in order, with the mailboxes it concerns: what notifications and delta read.</summary>
/// <remarks>
/// Written by <see cref="CalendarStore"/> while its gate is held, so the order is the calendars' order. A subscription on
/// <c>/users/{id}/events</c> hears of a change to any event of that mailbox, the organizer's and each attendee's copy
/// (learn.microsoft.com/graph/outlook-change-notifications-overview); calendarView/delta reads the log from a token's position.
/// </remarks>
public sealed class EventChanges
{
    private readonly Lock _gate = new();
    private readonly List<EventChange> _log = [];

    /// <summary>Called for each change, after it is logged (still under the calendar's gate: it must only hand the change on).</summary>
    internal Action<EventChange>? Listener { get; set; }

    /// <summary>The position of the last change.</summary>
    internal long Version
    {
        get
        {
            lock (_gate)
                return _log.Count;
        }
    }

    internal void Record(StoredEvent stored, string changeType, Guid? onlyFor = null)
    {
        Guid[] mailboxes = onlyFor is { } one ? [one] : [stored.Organizer.Id, .. stored.Attendees];
        var changeKey = stored.Json["changeKey"]?.GetValue<string>() ?? "";
        EventChange change;
        lock (_gate)
        {
            change = new EventChange(_log.Count + 1, stored, changeType, mailboxes, changeKey);
            _log.Add(change);
        }

        Listener?.Invoke(change);
    }

    /// <summary>The changes after <paramref name="version"/> that concern <paramref name="mailbox"/>, in order.</summary>
    internal IReadOnlyList<EventChange> Since(long version, Guid mailbox)
    {
        lock (_gate)
            return [.. _log.Skip((int)Math.Min(version, _log.Count)).Where(c => c.Mailboxes.Contains(mailbox))];
    }
}

/// <param name="Event">The event as stored (for a deletion, as it was when deleted).</param>
/// <param name="ChangeType">Graph's changeType: "created", "updated" or "deleted".</param>
/// <param name="ChangeKey">The event's changeKey right after the change (its <c>@odata.etag</c> is <c>W/"changeKey"</c>).</param>
internal sealed record EventChange(long Version, StoredEvent Event, string ChangeType, IReadOnlyList<Guid> Mailboxes, string ChangeKey);
