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
        Matching = service.GetTableClient(prefix + "Matching");
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

    /// <summary>Profiles, mentor requests, cohorts and group proposals: one partition per tenant.</summary>
    public TableClient Matching { get; }

    public async Task CreateIfMissingAsync(CancellationToken cancellationToken = default)
    {
        foreach (var table in new[] { Circles, Memberships, People, Scheduled, AgendaPublish, Meetings, Matching })
        {
            await table.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
