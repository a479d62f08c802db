using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Privacy;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Privacy;

/// <summary>The erasure log: partition = tenant, row = SHA-256 of the person's id; the circles to leave and the names to look for while
/// running, dates only once done.</summary>
/// <remarks>It declares no personal data to export or erase: it holds their name only while their erasure runs (an export then
/// answers 409), and nothing that names them once it is done.</remarks>
internal sealed class TableErasureLog(Tables tables) : IErasureLog, IPersonalDataStore
{
    public string Store => "Erasures";

    public async Task<Erasure?> FindAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken = default)
    {
        var found = await tables.Erasures.GetEntityIfExistsAsync<TableEntity>(Keys.Tenant(tenant), RowOf(person), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!found.HasValue)
        {
            return null;
        }

        var row = found.Value!;
        var circles = StoredJson.Read<Guid[]>(row.GetString("CirclesJson") ?? "[]").Select(g => new CircleId(g)).ToArray();
        var progress = new ErasureProgress(row.GetInt32("StepsDone") ?? 0, row.GetInt32("Steps") ?? circles.Length);
        var names = StoredJson.Read<string[]>(row.GetString("NamesJson") ?? "[]");
        return new Erasure(row.GetBoolean("Done") ?? false, circles, row.GetDateTimeOffset("StartedAt") ?? default, row.GetDateTimeOffset("DoneAt"), progress)
        {
            Names = names,
        };
    }

    public Task StartAsync(TenantId tenant, PersonId person, IReadOnlyList<CircleId> circles, IReadOnlyList<string> names, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        tables.Erasures.UpsertEntityAsync(
            new TableEntity(Keys.Tenant(tenant), RowOf(person))
            {
                ["Done"] = false, ["CirclesJson"] = StoredJson.Write(circles.Select(c => c.Value)), ["NamesJson"] = StoredJson.Write(names), ["StartedAt"] = now,
            },
            TableUpdateMode.Replace,
            cancellationToken);

    /// <summary>A merge of the two counts only: the circles to leave stay as the start wrote them.</summary>
    public Task AdvanceAsync(TenantId tenant, PersonId person, ErasureProgress progress, CancellationToken cancellationToken = default) =>
        tables.Erasures.UpsertEntityAsync(
            new TableEntity(Keys.Tenant(tenant), RowOf(person)) { ["StepsDone"] = progress.Done, ["Steps"] = progress.Total },
            TableUpdateMode.Merge,
            cancellationToken);

    public Task CompleteAsync(TenantId tenant, PersonId person, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        tables.Erasures.UpsertEntityAsync(new TableEntity(Keys.Tenant(tenant), RowOf(person)) { ["Done"] = true, ["DoneAt"] = now }, TableUpdateMode.Replace, cancellationToken);

    public Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<PersonalRecord>>([]);

    public Task EraseAsync(DataSubject subject, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task ForgetCircleAsync(Circle circle, CancellationToken cancellationToken = default) => Task.CompletedTask;

    private static string RowOf(PersonId person) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("erasure|" + person)));
}
