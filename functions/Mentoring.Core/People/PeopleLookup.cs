using Mentoring.Core.Common;

namespace Mentoring.Core.People;

/// <summary>Finds the people a request names: from the stored copy when it is fresh, else from the directory, then stored.</summary>
/// <remarks>
/// A person is read from the directory the first time the product meets them and again once their copy is
/// <see cref="MaxAge"/> old, so a renamed person or a new mailbox time zone shows up within a day without a sync job.
/// When the directory is unavailable a stale copy is still used (better a day-old name than a failed request); a person
/// with no copy at all makes the lookup Unavailable rather than unknown, so nobody is refused because Graph was down.
/// </remarks>
public sealed class PeopleLookup(IPersonDirectory stored, IPeopleSource directory, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(1);

    /// <summary>The people found among <paramref name="ids"/> in <paramref name="tenant"/>; unknown ids, and ids of another tenant, are absent.</summary>
    public async Task<Result<IReadOnlyList<Person>>> FindAsync(TenantId tenant, IReadOnlyCollection<PersonId> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var now = time.GetUtcNow();
        var copies = (await stored.FindCachedAsync(tenant, ids, cancellationToken).ConfigureAwait(false)).ToDictionary(c => c.Person.Id);
        var found = new List<Person>();
        var toRead = new List<PersonId>();
        foreach (var id in ids.Distinct())
        {
            if (copies.TryGetValue(id, out var copy) && now - copy.RefreshedAt < MaxAge)
            {
                found.Add(copy.Person);
            }
            else
            {
                toRead.Add(id);
            }
        }

        var reads = await Task.WhenAll(toRead.Select(id => directory.FindAsync(tenant, id, cancellationToken))).ConfigureAwait(false);
        IReadOnlyList<Error>? failure = null;
        var saves = new List<Task>();
        for (var i = 0; i < toRead.Count; i++)
        {
            var read = reads[i];
            if (read.IsSuccess && read.Value is { } person)
            {
                found.Add(person);
                saves.Add(stored.SaveAsync(person, now, cancellationToken));
            }
            else if (!read.IsSuccess && copies.TryGetValue(toRead[i], out var stale))
            {
                found.Add(stale.Person);
            }
            else if (!read.IsSuccess)
            {
                failure ??= read.Errors;
            }
        }

        await Task.WhenAll(saves).ConfigureAwait(false);
        return failure is null ? found : Result<IReadOnlyList<Person>>.Failure(failure);
    }
}
