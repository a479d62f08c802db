using Azure;
using Azure.Data.Tables;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Relationship;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Relationship;

/// <summary>A circle's agreement and pulses in the Relationship table: one partition per circle, read in one query.</summary>
internal sealed class TableRelationshipStore(Tables tables) : IRelationshipStore
{
    public async Task<RelationshipBoard> ReadAsync(TenantId tenant, CircleId circle, CancellationToken cancellationToken = default)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Keys.CirclePartition(tenant, circle)}");
        Versioned<Agreement>? agreement = null;
        Versioned<Core.Ending.InactivityFlag>? inactivity = null;
        var (confirmations, pulses, endings) = (new List<AgreementConfirmation>(), new List<PulseAnswer>(), new List<Core.Ending.EndingAnswer>());
        await foreach (var row in tables.Relationship.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (row.RowKey == RelationshipRows.AgreementKey)
            {
                agreement = new(RelationshipRows.ToAgreement(row), row.ETag.ToString());
            }
            else if (row.RowKey.StartsWith(RelationshipRows.Confirmations, StringComparison.Ordinal))
            {
                confirmations.Add(RelationshipRows.ToConfirmation(row));
            }
            else if (row.RowKey.StartsWith(RelationshipRows.Pulses, StringComparison.Ordinal))
            {
                pulses.Add(RelationshipRows.ToPulse(row));
            }
            else if (row.RowKey.StartsWith(RelationshipRows.Endings, StringComparison.Ordinal))
            {
                endings.Add(RelationshipRows.ToEnding(row));
            }
            else if (row.RowKey == RelationshipRows.InactivityKey)
            {
                inactivity = new(RelationshipRows.ToInactivity(row), row.ETag.ToString());
            }
        }

        return new RelationshipBoard(agreement, confirmations, pulses) { Endings = endings, Inactivity = inactivity };
    }

    public async Task<Result<Versioned<Agreement>>> PutAgreementAsync(
        TenantId tenant, CircleId circle, Agreement agreement, string? version, CancellationToken cancellationToken = default)
    {
        var row = RelationshipRows.ToRow(Keys.CirclePartition(tenant, circle), agreement);
        try
        {
            var response = version is null
                ? await tables.Relationship.AddEntityAsync(row, cancellationToken).ConfigureAwait(false)
                : await tables.Relationship.UpdateEntityAsync(row, new ETag(version), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return new Versioned<Agreement>(agreement, response.Headers.ETag?.ToString() ?? "");
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412 or 404)
        {
            // Another member wrote (or first wrote) the agreement since it was read.
            return Error.Conflict("agreement.changed");
        }
    }

    public async Task ConfirmAsync(TenantId tenant, CircleId circle, AgreementConfirmation confirmation, CancellationToken cancellationToken = default) =>
        await tables.Relationship.UpsertEntityAsync(
            RelationshipRows.ToRow(Keys.CirclePartition(tenant, circle), confirmation), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);

    public async Task<Result<PulseAnswer>> AddPulseAsync(TenantId tenant, CircleId circle, PulseAnswer answer, CancellationToken cancellationToken = default)
    {
        try
        {
            await tables.Relationship.AddEntityAsync(RelationshipRows.ToRow(Keys.CirclePartition(tenant, circle), answer), cancellationToken).ConfigureAwait(false);
            return answer;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Inserted, never upserted: a second answer to the same pulse leaves the first as it was.
            return new Error(ErrorKind.Conflict, "pulse.alreadyAnswered", "pulse");
        }
    }

    public async Task<Result<Core.Ending.EndingAnswer>> AddEndingAsync(
        TenantId tenant, CircleId circle, Core.Ending.EndingAnswer answer, CancellationToken cancellationToken = default)
    {
        try
        {
            await tables.Relationship.AddEntityAsync(RelationshipRows.ToRow(Keys.CirclePartition(tenant, circle), answer), cancellationToken).ConfigureAwait(false);
            return answer;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // Inserted, never upserted: two answers sent at once (two devices) keep the first; the second is told so.
            return new Error(ErrorKind.Conflict, "ending.alreadyAnswered", "choice");
        }
    }

    public async Task<Result<Versioned<Core.Ending.InactivityFlag>>> PutInactivityAsync(
        TenantId tenant, CircleId circle, Core.Ending.InactivityFlag flag, string? version, CancellationToken cancellationToken = default)
    {
        var row = RelationshipRows.ToRow(Keys.CirclePartition(tenant, circle), flag);
        try
        {
            var response = version is null
                ? await tables.Relationship.AddEntityAsync(row, cancellationToken).ConfigureAwait(false)
                : await tables.Relationship.UpdateEntityAsync(row, new ETag(version), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return new Versioned<Core.Ending.InactivityFlag>(flag, response.Headers.ETag?.ToString() ?? "");
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412 or 404)
        {
            // A member answered, or another timer run stepped, since it was read: theirs stands.
            return Error.Conflict("inactivity.changed");
        }
    }

    public async IAsyncEnumerable<(TenantId Tenant, CircleId Circle)> ListAgreedCirclesAsync(
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // One agreement row per circle that has one: a scan of the table's rows by key, keys only.
        var filter = TableClient.CreateQueryFilter($"RowKey eq {RelationshipRows.AgreementKey}");
        await foreach (var row in tables.Relationship.QueryAsync<TableEntity>(filter, select: ["PartitionKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var parts = row.PartitionKey.Split('_');
            if (parts.Length == 2 && Guid.TryParse(parts[0], out var tenant) && Guid.TryParse(parts[1], out var circle) && tenant != Guid.Empty && circle != Guid.Empty)
            {
                yield return (new TenantId(tenant), new CircleId(circle));
            }
        }
    }
}
