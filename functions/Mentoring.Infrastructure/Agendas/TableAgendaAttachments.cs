using Azure.Data.Tables;
using Mentoring.Core.Agendas;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Agendas;

/// <summary>The agenda file of each session's occurrence, in the AgendaPublish table's "attachment" partition: ids and a hash, no personal data.</summary>
/// <remarks>Rows are keyed as the publishing marks are (circle partition, then session), so a circle's rows go with it (AgendaPublishPersonalData).</remarks>
internal sealed class TableAgendaAttachments(Tables tables) : IAgendaAttachments
{
    private const string Partition = "attachment";

    public async Task<AgendaAttachment?> FindAsync(TenantId tenant, CircleId circle, string sessionId, CancellationToken cancellationToken = default)
    {
        var row = await tables.AgendaPublish.GetEntityIfExistsAsync<TableEntity>(Partition, Row(tenant, circle, sessionId), cancellationToken: cancellationToken).ConfigureAwait(false);
        // Rows written before updates were counted stand for one update; before the file went with the final update only, a row's
        // file is a first update's (Final false), replaced by the final one.
        return row.HasValue
            ? new AgendaAttachment(row.Value!.GetString("AttachmentId"), row.Value.GetString("ContentHash"), row.Value.GetInt32("Updates") ?? 1, row.Value.GetBoolean("MarkersLost") ?? false,
                row.Value.GetBoolean("Final") ?? false)
            : null;
    }

    public Task SaveAsync(TenantId tenant, CircleId circle, string sessionId, AgendaAttachment attachment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attachment);

        // One publisher per session at a time (the timer), so the last write is the attachment the occurrence has.
        var entity = new TableEntity(Partition, Row(tenant, circle, sessionId))
        {
            ["AttachmentId"] = attachment.Id,
            ["ContentHash"] = attachment.ContentHash,
            ["Updates"] = attachment.Updates,
            ["MarkersLost"] = attachment.MarkersLost,
            ["Final"] = attachment.Final,
        };
        return tables.AgendaPublish.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    private static string Row(TenantId tenant, CircleId circle, string sessionId) => $"{Keys.CirclePartition(tenant, circle)}_{sessionId}";
}
