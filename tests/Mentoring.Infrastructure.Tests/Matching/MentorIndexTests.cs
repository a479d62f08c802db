using Mentoring.Core.Common;
using Mentoring.Core.Matching;
using Mentoring.Core.People;
using Mentoring.Core.Privacy;
using Mentoring.Core.Profiles;
using Mentoring.Core.Requests;
using Mentoring.Infrastructure.Matching;
using Mentoring.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Infrastructure.Tests.Matching;

/// <summary>Mentor suggestions read an index of the mentors who could be suggested, kept by profile writes and acceptances (issue 22 item 4).</summary>
[Collection(StorageCollection.Name)]
public sealed class MentorIndexTests(StorageFixture fixture)
{
    private readonly TenantId tenant = new(Guid.NewGuid());

    private IProfileStore Profiles => fixture.Services.GetRequiredService<IProfileStore>();

    [Fact]
    public async Task Suggestions_read_the_available_mentors_and_the_callers_profile_not_every_profile_of_the_tenant()
    {
        var mentee = AMatchingProfile.Mentee(tenant, "Léa");
        var available = new[] { AMatchingProfile.Mentor(tenant, "Nicolas"), AMatchingProfile.Mentor(tenant, "Chloé", capacity: 3, taken: 2) };
        Profile[] others =
        [
            .. Enumerable.Range(0, 40).Select(i => AMatchingProfile.Mentee(tenant, $"Pair {i}")),
            AMatchingProfile.Mentor(tenant, "Complet", capacity: 1, taken: 1),
            AMatchingProfile.Hidden(tenant, "Caché"),
        ];
        foreach (var profile in others.Append(mentee).Concat(available))
        {
            Assert.True((await Profiles.SaveAsync(profile, null)).IsSuccess);
        }

        var find = new FindMentors(Profiles, fixture.Services.GetRequiredService<IPersonPause>(), new FakeTimeProvider(new DateTimeOffset(2027, 3, 1, 8, 0, 0, TimeSpan.Zero)));
        fixture.Requests.StartRecording();
        var suggested = await find.SuggestAsync(new Caller(tenant, mentee.Person, "Léa"));
        var matching = fixture.Requests.StopRecording().Where(r => r.Path.Contains("Matching", StringComparison.Ordinal)).ToArray();

        Assert.Equal(available.Select(p => p.Person.Value).Order(), suggested.Value.Select(s => s.Mentor.Person.Value).Order());
        // Léa's own profile (a point read) and one key range of the index: 3 rows read among the tenant's 45 profiles.
        Assert.Equal(2, matching.Length);
        Assert.Equal(3, matching.Sum(r => r.Rows));
        Assert.Contains(matching, r => r.Names(MentorIndex.Prefix));
    }

    [Fact]
    public async Task A_mentor_leaves_the_index_when_hidden_or_when_an_acceptance_takes_the_last_place_and_comes_back_when_visible_again()
    {
        var mentor = AMatchingProfile.Mentor(tenant, "Nicolas", capacity: 1);
        var mentee = AMatchingProfile.Mentee(tenant, "Léa");
        var version = (await Profiles.SaveAsync(mentor, null)).Value;
        Assert.Equal([mentor.Person], (await Profiles.ListAvailableMentorsAsync(tenant)).Select(p => p.Person));

        version = (await Profiles.SaveAsync(mentor with { Visibility = Visibility.Peer }, version)).Value;
        Assert.Empty(await Profiles.ListAvailableMentorsAsync(tenant));
        version = (await Profiles.SaveAsync(mentor, version)).Value;
        Assert.Single(await Profiles.ListAvailableMentorsAsync(tenant));

        var requests = fixture.Services.GetRequiredService<IMentorRequestStore>();
        var sent = new MentorRequest(Guid.NewGuid(), tenant, mentee.Person, "Léa", mentor.Person, "Nicolas", "Bonjour", "Data", MentorRequestState.Pending, DateTimeOffset.UnixEpoch);
        var (stored, _) = await requests.AddAsync(sent);
        var full = mentor with { Mentor = mentor.Mentor!.Take(sent.Circle) };
        Assert.True((await requests.AcceptAsync(sent with { State = MentorRequestState.Accepted }, stored.Version, new(full, version))).IsSuccess);

        Assert.Empty(await Profiles.ListAvailableMentorsAsync(tenant));
        Assert.Equal(1, (await Profiles.FindAsync(tenant, mentor.Person))!.Value.Mentor!.CurrentMentees);
    }
}
