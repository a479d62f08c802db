using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Mentoring.Core.Common;
using Mentoring.Core.Nudges;
using Mentoring.Core.People;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Nudges;

/// <summary>
/// The Nudges table: one partition per person (<see cref="Keys.PersonPartition"/>), one row per day (yyyy-MM-dd), so "at most one
/// nudge per person per day" is an insert that only one writer wins. The row keeps a hash of which nudge claimed it (never the
/// circle or session ids: the row names nothing but the person) and its state; states move by ETag.
/// </summary>
internal sealed class TableNudgeLedger(Tables tables) : INudgeLedger
{
    public async Task<NudgeClaim?> ClaimAsync(TenantId tenant, DateOnly day, PersonId person, string source, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var row = new TableEntity(Keys.PersonPartition(tenant, person), Day(day))
        {
            ["Source"] = Hash(source),
            ["State"] = nameof(NudgeState.Claimed),
            ["ChangedAt"] = now,
        };
        try
        {
            var added = await tables.Nudges.AddEntityAsync(row, cancellationToken).ConfigureAwait(false);
            return new NudgeClaim(tenant, day, person, added.Headers.ETag?.ToString() ?? "");
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Someone has the day: only this same nudge, back after Graph asked it to wait (or a crash before sending), goes on.
            var kept = await tables.Nudges.GetEntityIfExistsAsync<TableEntity>(row.PartitionKey, row.RowKey, cancellationToken: cancellationToken).ConfigureAwait(false);
            return kept.HasValue && kept.Value!.GetString("Source") == Hash(source) && kept.Value.GetString("State") == nameof(NudgeState.Claimed)
                ? new NudgeClaim(tenant, day, person, kept.Value.ETag.ToString())
                : null;
        }
    }

    public async Task<bool> StartSendingAsync(NudgeClaim claim, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var row = new TableEntity(Keys.PersonPartition(claim.Tenant, claim.Person), Day(claim.Day)) { ["State"] = nameof(NudgeState.Sending), ["ChangedAt"] = now };
        try
        {
            await tables.Nudges.UpdateEntityAsync(row, new ETag(claim.Version), TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return false;
        }
    }

    public Task MarkAsync(TenantId tenant, DateOnly day, PersonId person, NudgeState state, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        tables.Nudges.UpdateEntityAsync(
            new TableEntity(Keys.PersonPartition(tenant, person), Day(day)) { ["State"] = state.ToString(), ["ChangedAt"] = now },
            ETag.All, TableUpdateMode.Merge, cancellationToken);

    internal static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Hash(string source) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(source)))[..32];
}
