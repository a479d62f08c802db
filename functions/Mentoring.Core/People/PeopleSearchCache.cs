using System.Collections.Concurrent;
using Mentoring.Core.Common;

namespace Mentoring.Core.People;

/// <summary>The pickers' recent directory answers, per tenant and search text, for <see cref="Lifetime"/> (issue 22 item 4).</summary>
/// <remarks>
/// <para>A picker searches as a person types, and several people of a tenant type the same first letters: each answer is kept
/// briefly so the same search in the same tenant asks Graph once. The tenant is part of the key, so one tenant's answer is
/// never served to another. Only answers are kept, never an outage (the next search asks again).</para>
/// <para>Bounded: at most <see cref="Capacity"/> answers per process; when full, expired answers go, then everything (a
/// cache, not a store). What it holds is what Graph answered anyone of the tenant who typed that text: names, emails and
/// user types of at most 10 people, for at most <see cref="Lifetime"/> (a person who left the directory meanwhile may still be offered
/// in a picker that long).</para>
/// </remarks>
public sealed class PeopleSearchCache(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<(TenantId Tenant, string Text), (DateTimeOffset Until, IReadOnlyList<PersonMatch> Matches)> answers = new();

    public async Task<Result<IReadOnlyList<PersonMatch>>> GetOrSearchAsync(TenantId tenant, string text, Func<Task<Result<IReadOnlyList<PersonMatch>>>> search)
    {
        ArgumentNullException.ThrowIfNull(search);
        var key = (tenant, text.Trim().ToUpperInvariant());
        var now = time.GetUtcNow();
        if (answers.TryGetValue(key, out var kept) && kept.Until > now)
        {
            return Result<IReadOnlyList<PersonMatch>>.Success(kept.Matches);
        }

        var found = await search().ConfigureAwait(false);
        if (!found.IsSuccess)
        {
            return found;
        }

        MakeRoom(now);
        answers[key] = (now + Lifetime, found.Value);
        return found;
    }

    private void MakeRoom(DateTimeOffset now)
    {
        if (answers.Count < Capacity)
        {
            return;
        }

        foreach (var (key, kept) in answers)
        {
            if (kept.Until <= now)
            {
                answers.TryRemove(key, out _);
            }
        }

        if (answers.Count >= Capacity)
        {
            answers.Clear();
        }
    }
}
