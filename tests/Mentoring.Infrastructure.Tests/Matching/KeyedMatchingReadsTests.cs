using Mentoring.Core.Cohorts;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Profiles;
using Mentoring.Core.Requests;
using Mentoring.Infrastructure.Matching;
using Mentoring.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Infrastructure.Tests.Matching;

/// <summary>Mentor requests, forming groups and a cohort's profiles are read by key: what a read costs grows with what it shows (issue 22 item 4).</summary>
[Collection(StorageCollection.Name)]
public sealed class KeyedMatchingReadsTests(StorageFixture fixture)
{
    private static readonly DateTimeOffset At = new(2027, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly TenantId tenant = new(Guid.NewGuid());

    [Fact]
    public async Task A_persons_requests_are_one_key_range_of_their_own_and_follow_the_answer()
    {
        var store = fixture.Services.GetRequiredService<IMentorRequestStore>();
        var lea = new PersonId(Guid.NewGuid());
        var nicolas = new PersonId(Guid.NewGuid());
        var mine = Request(lea, nicolas);
        await store.AddAsync(mine);
        await store.AddAsync(Request(new PersonId(Guid.NewGuid()), lea));
        foreach (var _ in Enumerable.Range(0, 30))
        {
            await store.AddAsync(Request(new PersonId(Guid.NewGuid()), nicolas));
        }

        var found = await store.FindAsync(tenant, mine.Id);
        Assert.True((await store.ReplaceAsync(mine with { State = MentorRequestState.Declined }, found!.Version)).IsSuccess);
        fixture.Requests.StartRecording();
        var leas = await store.ListForAsync(tenant, lea);
        var read = Assert.Single(fixture.Requests.StopRecording());

        Assert.Equal(2, leas.Count);
        Assert.Equal(MentorRequestState.Declined, leas.Single(r => r.Id == mine.Id).State);
        // A key range naming Léa, not a filter on the Mentee and Mentor columns over the tenant's 32 requests.
        Assert.True(read.Names($"{RequestCopies.Prefix}{lea.Value}_"));
        Assert.DoesNotContain("Mentee eq", Uri.UnescapeDataString(read.Query), StringComparison.Ordinal);
        Assert.Equal(2, read.Rows);
    }

    [Fact]
    public async Task Formed_and_abandoned_groups_leave_the_forming_list_and_a_cohort_reads_its_own_groups_only()
    {
        var store = fixture.Services.GetRequiredService<ICohortStore>();
        var cohort = Guid.NewGuid();
        var groups = Enumerable.Range(0, 6).Select(i => Group(i < 4 ? cohort : Guid.NewGuid(), $"Groupe {i}")).ToArray();
        await store.AddGroupsAsync(groups);
        var formed = await store.FindGroupAsync(tenant, groups[0].Id);
        Assert.True((await store.SaveGroupAsync(groups[0] with { Formed = true }, formed!.Version)).IsSuccess);
        var abandoned = await store.FindGroupAsync(tenant, groups[1].Id);
        Assert.True((await store.SaveGroupAsync(groups[1] with { Members = [], Open = true }, abandoned!.Version)).IsSuccess);
        var started = Group(null, "Ouvert");
        Assert.True((await store.SaveGroupAsync(started, null)).IsSuccess);

        fixture.Requests.StartRecording();
        var forming = await store.ListFormingGroupsAsync(tenant);
        var ofCohort = await store.ListCohortGroupsAsync(tenant, cohort);
        var reads = fixture.Requests.StopRecording();

        Assert.Equal(groups[2..].Select(g => g.Id).Append(started.Id).Order(), forming.Select(g => g.Id).Order());
        Assert.Equal(groups[..4].Select(g => g.Id).Order(), ofCohort.Select(g => g.Id).Order());
        Assert.True(ofCohort.Single(g => g.Id == groups[0].Id).Formed);
        // Two requests; 5 rows for the forming list and 4 for the cohort, not the tenant's 7 groups each time.
        Assert.Equal([5, 4], reads.Select(r => r.Rows));
    }

    [Fact]
    public async Task A_cohorts_visible_profiles_are_read_by_key_never_the_tenants_other_profiles_nor_hidden_ones()
    {
        var profiles = fixture.Services.GetRequiredService<IProfileStore>();
        var members = new[] { AMatchingProfile.Mentee(tenant, "Léa"), AMatchingProfile.Mentee(tenant, "Chloé"), AMatchingProfile.Hidden(tenant, "Caché") };
        foreach (var profile in members.Concat(Enumerable.Range(0, 30).Select(i => AMatchingProfile.Mentee(tenant, $"Autre {i}"))))
        {
            Assert.True((await profiles.SaveAsync(profile, null)).IsSuccess);
        }

        fixture.Requests.StartRecording();
        var visible = await profiles.ListVisibleAmongAsync(tenant, [.. members.Select(m => m.Person)]);
        var reads = fixture.Requests.StopRecording();

        Assert.Equal(members[..2].Select(m => m.Person.Value).Order(), visible.Select(p => p.Person.Value).Order());
        Assert.Equal(3, reads.Count);
        Assert.Equal(2, reads.Sum(r => r.Rows));
    }

    private MentorRequest Request(PersonId mentee, PersonId mentor) =>
        new(Guid.NewGuid(), tenant, mentee, "Mentoré", mentor, "Mentor", "Bonjour", "Data", MentorRequestState.Pending, At);

    private FormingGroup Group(Guid? cohort, string name) => new(
        Guid.NewGuid(), tenant, cohort, name,
        [.. Enumerable.Range(0, 3).Select(i => new GroupMember(new PersonId(Guid.NewGuid()), $"Pair {i}", GroupAnswer.Pending))], Open: false, Formed: false, At);
}
