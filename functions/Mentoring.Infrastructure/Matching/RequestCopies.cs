using Azure.Data.Tables;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Requests;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Matching;

/// <summary>
/// A mentor request's copies keyed by each party, <c>for_{person}_{request}</c> (the mentee's and the mentor's), so "the
/// requests a person sent or received" is one key range of that person, not a filter on columns over every request of the
/// tenant (issue 22 item 4).
/// </summary>
/// <remarks>The copies are written in the same entity group transaction as the request (whose ETag alone decides), so they
/// always say what it says. An erasure deletes the erased person's copy (its key names them) and rewrites the other party's,
/// as it does the request row.</remarks>
internal static class RequestCopies
{
    public const string Prefix = "for_";

    public static string Row(PersonId person, Guid request) => $"{Prefix}{Keys.Row(person.Value)}_{Keys.Row(request)}";

    /// <summary>Upserts of the mentee's and the mentor's copies of <paramref name="request"/>.</summary>
    public static IEnumerable<TableTransactionAction> Of(MentorRequest request)
    {
        foreach (var party in new[] { request.Mentee, request.Mentor })
        {
            var copy = MatchingRows.ToEntity(request);
            copy.RowKey = Row(party, request.Id);
            yield return new TableTransactionAction(TableTransactionActionType.UpsertReplace, copy);
        }
    }

    public static string Filter(TenantId tenant, PersonId person)
    {
        var from = $"{Prefix}{Keys.Row(person.Value)}_";
        return TableClient.CreateQueryFilter($"PartitionKey eq {Keys.Tenant(tenant)} and RowKey ge {from} and RowKey lt {MatchingRows.End(from)}");
    }

    /// <summary>The copy read back as the request it copies (its row key becomes the request's own).</summary>
    public static MentorRequestEntity AsRequestRow(MentorRequestEntity copy)
    {
        copy.RowKey = MatchingRows.RequestRow(Guid.Parse(copy.RowKey[^36..]));
        return copy;
    }
}
