using Azure.Data.Tables;
using Mentoring.Core.People;
using Mentoring.Core.Profiles;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Matching;

/// <summary>
/// The index mentor suggestions read: one row <c>mentor_{person}</c> per visible mentor with a free place, in the tenant's
/// Matching partition, holding a copy of the profile (issue 22 item 4).
/// </summary>
/// <remarks>
/// A suggestion then reads one key range whose size is the number of mentors who could be suggested, not the number of
/// profiles (mentees, peers, hidden profiles and full mentors are never read). The row is written in the same entity group
/// transaction as the profile it copies (a profile save, an acceptance that takes a place), so the two never disagree:
/// available → upsert the copy; not available → delete it. The copy leaves out the mentor's places (circle ids): the
/// suggestions do not need them, and a closed circle's retention then has nothing to find in it.
/// </remarks>
internal static class MentorIndex
{
    public const string Prefix = "mentor_";

    public static string Row(PersonId person) => Prefix + Keys.Row(person.Value);

    public static bool Holds(Profile profile) => profile.IsVisibleMentor && profile.Mentor!.FreePlaces > 0;

    /// <summary>The action that puts the index in step with <paramref name="profile"/>: an upsert, or a delete (any ETag).</summary>
    public static TableTransactionAction StepWith(Profile profile)
    {
        if (Holds(profile))
        {
            var copy = MatchingRows.ToEntity(profile);
            copy.RowKey = Row(profile.Person);
            copy.MentorPlaces = null;
            return new TableTransactionAction(TableTransactionActionType.UpsertReplace, copy);
        }

        return IndexedWrite.Delete(Keys.Tenant(profile.Tenant), Row(profile.Person));
    }

    public static string Filter(Core.Common.TenantId tenant) =>
        TableClient.CreateQueryFilter($"PartitionKey eq {Keys.Tenant(tenant)} and RowKey ge {Prefix} and RowKey lt {MatchingRows.End(Prefix)}");
}
