using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.Meetings;
using Mentoring.Core.Scheduling;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Agendas;

/// <summary>
/// Meetings → circles, one partition per tenant. Keys are SHA-256 of the thread id or of the join URL (unescaped, so
/// "%3a" and "%3A" and ":" agree): a row key may hold neither '/' nor '?', and a tenant's partition never answers another's.
/// </summary>
internal sealed class TableMeetingIndex(Tables tables) : IMeetingIndex
{
    public Task IndexAsync(TenantId tenant, CircleId circle, MeetingSeries series, CancellationToken cancellationToken = default)
    {
        var rows = new List<string> { JoinRow(series.JoinUrl) };
        if (series.ChatThreadId is { } thread)
        {
            rows.Add(ThreadRow(thread));
        }

        return Task.WhenAll(rows.Select(row => tables.Meetings.UpsertEntityAsync(
            new TableEntity(Keys.Tenant(tenant), row) { ["CircleId"] = circle.Value }, TableUpdateMode.Replace, cancellationToken)));
    }

    public Task<CircleId?> FindByChatThreadAsync(TenantId tenant, string chatThreadId, CancellationToken cancellationToken = default) =>
        FindAsync(tenant, ThreadRow(chatThreadId), cancellationToken);

    public Task<CircleId?> FindByJoinUrlAsync(TenantId tenant, string joinUrl, CancellationToken cancellationToken = default) =>
        FindAsync(tenant, JoinRow(joinUrl), cancellationToken);

    private async Task<CircleId?> FindAsync(TenantId tenant, string row, CancellationToken cancellationToken)
    {
        var found = await tables.Meetings.GetEntityIfExistsAsync<TableEntity>(Keys.Tenant(tenant), row, cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue && found.Value!.GetGuid("CircleId") is { } id ? new CircleId(id) : null;
    }

    private static string ThreadRow(string thread) => "thread_" + Hash(thread.Trim());

    private static string JoinRow(string url) => "join_" + Hash(Uri.UnescapeDataString(url.Trim()));

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
