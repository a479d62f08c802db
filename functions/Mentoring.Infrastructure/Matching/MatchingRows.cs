using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Profiles;
using Mentoring.Core.Requests;
using Mentoring.Infrastructure.Storage;

namespace Mentoring.Infrastructure.Matching;

/// <summary>Row keys of the Matching table and the mapping of its rows; every row of a tenant is in the tenant's partition.</summary>
internal static class MatchingRows
{
    public const string ProfilePrefix = "profile_";
    public const string RequestPrefix = "request_";

    public static string ProfileRow(PersonId person) => ProfilePrefix + Keys.Row(person.Value);

    public static string RequestRow(Guid id) => RequestPrefix + Keys.Row(id);

    /// <summary>The upper bound of a prefix range: the prefix with its last character incremented.</summary>
    public static string End(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);

    public static ProfileEntity ToEntity(Profile p) => new()
    {
        PartitionKey = Keys.Tenant(p.Tenant),
        RowKey = ProfileRow(p.Person),
        DisplayName = p.DisplayName,
        Visibility = (int)p.Visibility,
        Json = StoredJson.Write(ProfileDrafts.From(p)),
        MentorPlaces = p.Mentor is { Places.Count: > 0 } m ? string.Join(',', m.Places.Select(c => c.Value.ToString())) : null,
    };

    public static Profile ToProfile(ProfileEntity e)
    {
        var person = new PersonId(Guid.Parse(e.RowKey[ProfilePrefix.Length..]));
        var profile = Profile.Create(StoredJson.Read<ProfileDraft>(e.Json), new TenantId(Guid.Parse(e.PartitionKey)), person, e.DisplayName);
        if (!profile.IsSuccess)
        {
            throw new InvalidDataException($"Stored profile {e.RowKey} no longer validates: {profile.Errors[0].Code}.");
        }

        return profile.Value.Mentor is { } mentor && !string.IsNullOrEmpty(e.MentorPlaces)
            ? profile.Value with { Mentor = mentor with { Places = [.. e.MentorPlaces.Split(',').Select(id => new CircleId(Guid.Parse(id)))] } }
            : profile.Value;
    }

    public static MentorRequestEntity ToEntity(MentorRequest r) => new()
    {
        PartitionKey = Keys.Tenant(r.Tenant),
        RowKey = RequestRow(r.Id),
        Mentee = r.Mentee.Value,
        MenteeName = r.MenteeName,
        Mentor = r.Mentor.Value,
        MentorName = r.MentorName,
        Message = r.Message,
        Objective = r.Objective,
        State = r.State.ToString(),
        SentAt = r.SentAt,
        Answer = r.Answer,
        MentorObjective = r.MentorObjective,
        AnsweredAt = r.AnsweredAt,
    };

    public static MentorRequest ToRequest(MentorRequestEntity e) => new(
        Guid.Parse(e.RowKey[RequestPrefix.Length..]), new TenantId(Guid.Parse(e.PartitionKey)), new PersonId(e.Mentee), e.MenteeName,
        new PersonId(e.Mentor), e.MentorName, e.Message, e.Objective, Enum.Parse<MentorRequestState>(e.State), e.SentAt,
        e.Answer, e.MentorObjective, e.AnsweredAt);
}
