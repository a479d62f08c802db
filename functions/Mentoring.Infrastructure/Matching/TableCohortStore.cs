using Azure;
using Azure.Data.Tables;
using Mentoring.Core.Cohorts;
using Mentoring.Core.Common;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Matching;

/// <summary>Cohorts and forming groups in the tenant's Matching partition.</summary>
internal sealed class TableCohortStore(Tables tables, UnreadableRows unreadable) : ICohortStore
{
    private const int MaxBatch = 100;

    public async Task<Cohort> AddCohortAsync(Cohort cohort, CancellationToken cancellationToken = default)
    {
        try
        {
            await tables.Matching.AddEntityAsync(CohortDocuments.ToEntity(cohort), cancellationToken).ConfigureAwait(false);
            return cohort;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return await FindCohortAsync(cohort.Tenant, cohort.Id, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The cohort existed a moment ago and is gone.", e);
        }
    }

    public async Task<Cohort?> FindCohortAsync(TenantId tenant, Guid id, CancellationToken cancellationToken = default)
    {
        var found = await tables.Matching.GetEntityIfExistsAsync<DocumentEntity>(Keys.Tenant(tenant), CohortDocuments.CohortPrefix + Keys.Row(id), cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? CohortDocuments.ToCohort(found.Value!) : null;
    }

    public async Task<Versioned<Cohort>?> FindCohortVersionedAsync(TenantId tenant, Guid id, CancellationToken cancellationToken = default)
    {
        var found = await tables.Matching.GetEntityIfExistsAsync<DocumentEntity>(Keys.Tenant(tenant), CohortDocuments.CohortPrefix + Keys.Row(id), cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? new Versioned<Cohort>(CohortDocuments.ToCohort(found.Value!), found.Value!.ETag.ToString()) : null;
    }

    public async Task<Result<string>> SaveCohortAsync(Cohort cohort, string version, CancellationToken cancellationToken = default)
    {
        try
        {
            var response = await tables.Matching.UpdateEntityAsync(CohortDocuments.ToEntity(cohort), new ETag(version), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return response.Headers.ETag?.ToString() ?? throw new InvalidOperationException("Table Storage returned no ETag.");
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return Error.Conflict("cohort.changed");
        }
    }

    public async Task<IReadOnlyList<Cohort>> ListCohortsAsync(TenantId tenant, CancellationToken cancellationToken = default) =>
        unreadable.ReadAll("Matching", await RangeAsync(tenant, CohortDocuments.CohortPrefix, cancellationToken).ConfigureAwait(false), CohortDocuments.ToCohort);

    public async Task AddGroupsAsync(IReadOnlyList<FormingGroup> groups, CancellationToken cancellationToken = default)
    {
        // Each group goes with its index copies (at most 3 rows), so at most a third of a transaction's 100 actions are groups.
        foreach (var batch in groups.Chunk(MaxBatch / 3))
        {
            var actions = batch.SelectMany(g => GroupIndex.StepWith(g, isNew: true).Prepend(new TableTransactionAction(TableTransactionActionType.Add, CohortDocuments.ToEntity(g))));
            await tables.Matching.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<Versioned<FormingGroup>?> FindGroupAsync(TenantId tenant, Guid id, CancellationToken cancellationToken = default)
    {
        var found = await tables.Matching.GetEntityIfExistsAsync<DocumentEntity>(Keys.Tenant(tenant), CohortDocuments.GroupPrefix + Keys.Row(id), cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? new Versioned<FormingGroup>(CohortDocuments.ToGroup(found.Value!), found.Value!.ETag.ToString()) : null;
    }

    public async Task<IReadOnlyList<FormingGroup>> ListFormingGroupsAsync(TenantId tenant, CancellationToken cancellationToken = default) =>
        unreadable.ReadAll("Matching", await QueryAsync(GroupIndex.FormingFilter(tenant), cancellationToken).ConfigureAwait(false), c => CohortDocuments.ToGroup(GroupIndex.AsGroupRow(c)));

    public async Task<IReadOnlyList<FormingGroup>> ListCohortGroupsAsync(TenantId tenant, Guid cohort, CancellationToken cancellationToken = default) =>
        unreadable.ReadAll("Matching", await QueryAsync(GroupIndex.CohortFilter(tenant, cohort), cancellationToken).ConfigureAwait(false), c => CohortDocuments.ToGroup(GroupIndex.AsGroupRow(c)));

    public async Task<Result<string>> SaveGroupAsync(FormingGroup group, string? version, CancellationToken cancellationToken = default)
    {
        try
        {
            var entity = CohortDocuments.ToEntity(group);
            TableTransactionAction[] actions =
            [
                version is null ? new(TableTransactionActionType.Add, entity) : new(TableTransactionActionType.UpdateReplace, entity, new ETag(version)),
                .. GroupIndex.StepWith(group, isNew: version is null),
            ];
            var response = await IndexedWrite.SubmitAsync(tables.Matching, actions, cancellationToken).ConfigureAwait(false);
            return response.Value[0].Headers.ETag?.ToString() ?? throw new InvalidOperationException("Table Storage returned no ETag.");
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
        {
            return Error.Conflict("group.changed");
        }
    }

    private Task<List<DocumentEntity>> RangeAsync(TenantId tenant, string prefix, CancellationToken cancellationToken) =>
        QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {Keys.Tenant(tenant)} and RowKey ge {prefix} and RowKey lt {MatchingRows.End(prefix)}"), cancellationToken);

    private async Task<List<DocumentEntity>> QueryAsync(string filter, CancellationToken cancellationToken)
    {
        var rows = new List<DocumentEntity>();
        await foreach (var row in tables.Matching.QueryAsync<DocumentEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return rows;
    }
}
