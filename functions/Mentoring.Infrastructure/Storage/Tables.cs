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
        Pauses = service.GetTableClient(prefix + "Pauses");
        Erasures = service.GetTableClient(prefix + "Erasures");
        Retention = service.GetTableClient(prefix + "Retention");
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

    /// <summary>Who paused everything (no cards, no reminders, not suggested), one partition per tenant.</summary>
    public TableClient Pauses { get; }

    /// <summary>Erasures running or done, keyed by a hash of the person (never their id), one partition per tenant.</summary>
    public TableClient Erasures { get; }

    /// <summary>Closed circles by when they closed (ids and dates only), which the retention timer purges.</summary>
    public TableClient Retention { get; }

    public async Task CreateIfMissingAsync(CancellationToken cancellationToken = default)
    {
        foreach (var table in new[] { Circles, Memberships, People, Scheduled, AgendaPublish, Meetings, Pauses, Erasures, Retention })
        {
            await table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
