using Azure;
using Azure.Data.Tables;
using Mentoring.Core.Circles;
using Mentoring.Core.Privacy;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Privacy;

/// <summary>The People table: the product's copy of what the directory says of a person (name, email, language, zone, hours).</summary>
/// <remarks>Erasing it removes the copy, not the directory entry: the tenant's directory is not the product's to change.</remarks>
internal sealed class PeoplePersonalData(Tables tables) : IPersonalDataStore
{
    public string Store => "People";

    public async Task<IReadOnlyList<PersonalRecord>> ExportAsync(DataSubject subject, CancellationToken cancellationToken = default)
    {
        var found = await tables.People.GetEntityIfExistsAsync<TableEntity>(Keys.Tenant(subject.Tenant), Keys.Row(subject.Person.Value), cancellationToken: cancellationToken).ConfigureAwait(false);
        return found.HasValue ? [PersonalRows.ToRecord(Store, found.Value!, "person", writtenBySubject: false)] : [];
    }

    public Task EraseAsync(DataSubject subject, CancellationToken cancellationToken = default) =>
        tables.People.DeleteEntityAsync(Keys.Tenant(subject.Tenant), Keys.Row(subject.Person.Value), ETag.All, cancellationToken);

    /// <summary>A person outlives their circles: their copy goes with their own erasure, not with a circle.</summary>
    public Task ForgetCircleAsync(Circle circle, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
