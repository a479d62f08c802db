using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Privacy;

/// <summary>Use case: a person downloads everything the product holds about them, read from every store that declares personal data.</summary>
/// <remarks>Only one's own: asking for someone else is refused (403). While an erasure of theirs is under way the answer is a 409: it would be half gone.</remarks>
public sealed class ExportMyData(IPersonCircles memberOf, IEnumerable<IPersonalDataStore> stores, IErasureLog erasures, IPersonDirectory people, TimeProvider time)
{
    public async Task<Result<PersonalDataExport>> ExecuteAsync(Caller caller, PersonId? asked = null, CancellationToken cancellationToken = default)
    {
        if (asked is { } other && other != caller.Id)
        {
            return Error.Forbidden("privacy.ownDataOnly");
        }

        if (await erasures.FindAsync(caller.Tenant, caller.Id, cancellationToken).ConfigureAwait(false) is { Done: false })
        {
            return Error.Conflict("privacy.erasing");
        }

        var mine = await memberOf.ListAsync(caller.Tenant, caller.Id, cancellationToken).ConfigureAwait(false);
        var subject = await DataSubject.OfAsync(caller, mine, people, cancellationToken).ConfigureAwait(false);
        var records = new List<PersonalRecord>();
        foreach (var store in stores.OrderBy(s => s.Store, StringComparer.Ordinal))
        {
            records.AddRange(await store.ExportAsync(subject, cancellationToken).ConfigureAwait(false));
        }

        return new PersonalDataExport(caller.Tenant, caller.Id, time.GetUtcNow(), [.. stores.Select(s => s.Store).Order(StringComparer.Ordinal)], records);
    }
}
