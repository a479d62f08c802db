using CsCheck;
using Mentoring.Core.Matching;
using Mentoring.Core.People;
using Mentoring.Core.Profiles;
using Mentoring.Core.Tests.Circles;

namespace Mentoring.Core.Tests.Matching;

public sealed class PeerGroupFormationTests
{
    private static IReadOnlyList<PeerGroup> Form(IReadOnlyList<Profile> cohort, int seed, IEnumerable<PeerPair>? past = null)
    {
        var result = PeerGroupFormation.Form(cohort, past ?? [], AProfile.At, new Random(seed));
        Assert.True(result.IsSuccess, string.Join("; ", result.Errors.Select(e => e.Code)));
        return result.Value;
    }

    [Fact]
    public void Everyone_is_in_exactly_one_group_of_three_to_five_with_sizes_within_one_of_each_other()
    {
        foreach (var (size, seed) in PropertyCases.Of(Gen.Select(Gen.Int[3, 130], Gen.Int), 150))
        {
            var cohort = ACohort.Random(size, seed);

            var groups = Form(cohort, seed);

            Assert.Equal(cohort.Select(p => p.Person.Value).Order(), groups.SelectMany(g => g.Members).Select(m => m.Value).Order());
            Assert.All(groups, g => Assert.InRange(g.Members.Count, 3, 5));
            Assert.InRange(groups.Max(g => g.Members.Count) - groups.Min(g => g.Members.Count), 0, 1);
        }
    }

    [Theory]
    [InlineData(3, new[] { 3 })]
    [InlineData(5, new[] { 5 })]
    [InlineData(6, new[] { 3, 3 })]
    [InlineData(7, new[] { 4, 3 })]
    [InlineData(10, new[] { 4, 3, 3 })]
    [InlineData(13, new[] { 4, 3, 3, 3 })]
    public void Cohort_sizes_split_into_balanced_groups_never_leaving_a_pair(int size, int[] sizes)
    {
        var groups = Form(ACohort.Random(size, seed: size), seed: 1);

        Assert.Equal(sizes, groups.Select(g => g.Members.Count).OrderDescending());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void A_cohort_of_fewer_than_three_is_answered_with_cohort_too_small_and_no_group(int size)
    {
        var result = PeerGroupFormation.Form(ACohort.Random(size, seed: 7), [], AProfile.At, new Random(1));

        var error = ResultAssert.Invalid(result, "cohort", "cohort.tooSmall");
        Assert.Equal(size, error.Args!["count"]);
    }

    [Fact]
    public void The_same_seed_gives_the_same_groups()
    {
        foreach (var (size, cohortSeed, seed) in PropertyCases.Of(Gen.Select(Gen.Int[3, 200], Gen.Int, Gen.Int), 40))
        {
            var cohort = ACohort.Random(size, cohortSeed);

            var first = Form(cohort, seed).Select(g => string.Join(",", g.Members));
            var second = Form(cohort, seed).Select(g => string.Join(",", g.Members));

            Assert.Equal(first, second);
        }
    }

    [Fact]
    public void Nobody_is_grouped_again_with_a_past_peer_when_another_way_exists()
    {
        foreach (var (size, seed) in PropertyCases.Of(Gen.Select(Gen.Int[9, 60], Gen.Int), 150))
        {
            var cohort = ACohort.Random(size, seed, _ => ["fr"]);
            var random = new Random(seed);
            var witness = Pairs(ACohort.Partition(size, random)).ToHashSet();
            var past = Pairs(ACohort.Partition(size, random)).Concat(Pairs(ACohort.Partition(size, random)))
                .Where(p => !witness.Contains(p)).Select(p => PeerPair.Of(cohort[p.Item1].Person, cohort[p.Item2].Person)).ToHashSet();

            var groups = Form(cohort, seed, past);

            Assert.DoesNotContain(groups.SelectMany(g => PairsOf(g.Members)), past.Contains);
        }
    }

    [Fact]
    public void When_every_way_repeats_a_pair_the_group_is_still_formed()
    {
        var cohort = ACohort.Random(4, seed: 3);
        var everyPair = PairsOf([.. cohort.Select(p => p.Person)]).ToArray();

        var group = Assert.Single(Form(cohort, 1, everyPair));

        Assert.Equal(4, group.Members.Count);
    }

    [Fact]
    public void Every_group_shares_a_language_when_the_cohort_allows_it()
    {
        string[][] languages = [["fr"], ["en"], ["es"], ["de"], ["pt"]];
        foreach (var (size, seed) in PropertyCases.Of(Gen.Select(Gen.Int[3, 80], Gen.Int), 150))
        {
            var witness = ACohort.Partition(size, new Random(seed));
            var groupOf = witness.SelectMany((g, k) => g.Select(i => (i, k))).ToDictionary(x => x.i, x => x.k);

            var groups = Form(ACohort.Random(size, seed, i => languages[groupOf[i] % languages.Length]), seed);

            Assert.All(groups, g => Assert.NotEmpty(g.SharedLanguages));
        }
    }

    [Fact]
    public void People_an_ocean_apart_are_not_put_together_when_each_side_can_form_a_group()
    {
        var random = new Random(5);
        Profile Peer(string zone, int i) => AProfile.Build(
            new ProfileDraft(Languages: ["fr"], TimeZone: zone, Availability: AProfile.TuesdayAndThursdayEvenings, Visibility: Visibility.Peer),
            $"{zone}{i}", APerson.Tenant, ACohort.Id(random));
        Profile[] cohort = [Peer("Europe/Paris", 1), Peer("Asia/Tokyo", 1), Peer("Europe/Paris", 2), Peer("Asia/Tokyo", 2), Peer("Europe/Paris", 3), Peer("Asia/Tokyo", 3)];
        var zoneOf = cohort.ToDictionary(p => p.Person, p => p.TimeZone);

        var groups = Form(cohort, seed: 11);

        Assert.All(groups, g => Assert.Single(g.Members.Select(m => zoneOf[m]).Distinct()));
    }

    private static IEnumerable<(int, int)> Pairs(int[][] partition) =>
        partition.SelectMany(g => g.SelectMany(a => g.Where(b => a < b).Select(b => (a, b))));

    private static IEnumerable<PeerPair> PairsOf(IReadOnlyList<PersonId> members) =>
        members.SelectMany((a, i) => members.Skip(i + 1).Select(b => PeerPair.Of(a, b)));
}
