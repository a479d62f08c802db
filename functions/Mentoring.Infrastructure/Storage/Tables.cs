using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace Mentoring.Infrastructure.Storage;

/// <summary>The product's tables, created once at start.</summary>
public sealed class Tables
{
    public Tables(TableServiceClient service, IOptions<StorageOptions> options)
    {
        var prefix = options.Value.TablePrefix;
        Circles = service.GetTableClient(prefix + "Circles");
        Memberships = service.GetTableClient(prefix + "Memberships");
        People = service.GetTableClient(prefix + "People");
        Scheduled = service.GetTableClient(prefix + "ScheduledCircles");
        AgendaPublish = service.GetTableClient(prefix + "AgendaPublish");
        Meetings = service.GetTableClient(prefix + "Meetings");
        BotContacts = service.GetTableClient(prefix + "BotContacts");
        Outbox = service.GetTableClient(prefix + "Outbox");
        SessionDue = service.GetTableClient(prefix + "SessionDue");
        Matching = service.GetTableClient(prefix + "Matching");
        Pauses = service.GetTableClient(prefix + "Pauses");
        Erasures = service.GetTableClient(prefix + "Erasures");
        Retention = service.GetTableClient(prefix + "Retention");
        Leavers = service.GetTableClient(prefix + "Leavers");
        CalendarFollow = service.GetTableClient(prefix + "CalendarFollow");
        Goals = service.GetTableClient(prefix + "Goals");
        Relationship = service.GetTableClient(prefix + "Relationship");
        Nudges = service.GetTableClient(prefix + "Nudges");
    }

    /// <summary>One partition per circle (see <see cref="Keys.CirclePartition"/>).</summary>
    public TableClient Circles { get; }

    /// <summary>The per-person index behind "my circles".</summary>
    public TableClient Memberships { get; }

    /// <summary>The directory of people, one partition per tenant.</summary>
    public TableClient People { get; }

    /// <summary>The circles with a series, which the scheduling timer visits.</summary>
    public TableClient Scheduled { get; }

    /// <summary>The sessions whose agenda must reach Outlook: one row per session, however many edits.</summary>
    public TableClient AgendaPublish { get; }

    /// <summary>From a Teams meeting (chat thread id, join URL) to its circle, one partition per tenant.</summary>
    public TableClient Meetings { get; }

    /// <summary>Each person's conversation with the bot and whether they can be written to, one partition per tenant.</summary>
    public TableClient BotContacts { get; }

    /// <summary>One row per card per member per session: the delivery's state machine, one partition per session.</summary>
    public TableClient Outbox { get; }

    /// <summary>Sessions by the quarter hour their follow-ups or reminders fall due, so the timer never scans every session.</summary>
    public TableClient SessionDue { get; }

    /// <summary>Profiles, mentor requests, cohorts and group proposals: one partition per tenant.</summary>
    public TableClient Matching { get; }

    /// <summary>Who paused everything (no cards, no reminders, not suggested), one partition per tenant.</summary>
    public TableClient Pauses { get; }

    /// <summary>Erasures running or done, keyed by a hash of the person (never their id), one partition per tenant.</summary>
    public TableClient Erasures { get; }

    /// <summary>Closed circles by when they closed (ids and dates only), which the retention timer purges.</summary>
    public TableClient Retention { get; }

    /// <summary>Per tenant, the directory's delta link and the people deleted from it, waiting out the grace period.</summary>
    public TableClient Leavers { get; }

    /// <summary>Graph subscriptions on organizers' events (id, clientState, expiry, delta link), one partition per tenant.</summary>
    public TableClient CalendarFollow { get; }

    /// <summary>Members' goals (Goal Attainment Scaling) and their monthly placements, one partition per circle.</summary>
    public TableClient Goals { get; }

    /// <summary>Circles' agreements, their confirmations and the relationship pulses' answers, one partition per circle.</summary>
    public TableClient Relationship { get; }

    /// <summary>Activity-feed nudges: one partition per person, one row per day (at most one nudge a day).</summary>
    public TableClient Nudges { get; }

    public async Task CreateIfMissingAsync(CancellationToken cancellationToken = default)
    {
        foreach (var table in new[]
        {
            Circles, Memberships, People, Scheduled, AgendaPublish, Meetings, BotContacts, Outbox, SessionDue, Matching, Pauses, Erasures,
            Retention, Leavers, CalendarFollow, Goals, Relationship, Nudges,
        })
        {
            await table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
