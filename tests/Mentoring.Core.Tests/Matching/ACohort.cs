using Mentoring.Core.People;
using Mentoring.Core.Profiles;
using Mentoring.Core.Tests.Circles;

namespace Mentoring.Core.Tests.Matching;

/// <summary>Random but reproducible cohorts: everything, ids included, comes from the given seed.</summary>
internal static class ACohort
{
    private static readonly string[][] LanguageSets = [["fr"], ["fr"], ["en"], ["fr", "en"], ["es", "fr"], ["de"]];
    private static readonly string[] Zones = ["Europe/Paris", "Europe/Paris", "Europe/London", "America/Toronto", "Africa/Dakar", "Asia/Tokyo"];
    private static readonly string[] Fields = ["Data analyse", "Boulangerie", "Enseignement", "Développement web", "Soins infirmiers"];

    public static Profile[] Random(int size, int seed, Func<int, string[]>? languages = null)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, size).Select(i => Person(random, i, languages?.Invoke(i) ?? LanguageSets[random.Next(LanguageSets.Length)]))];
    }

    public static PersonId Id(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        bytes[0] |= 1;
        return new PersonId(new Guid(bytes));
    }

    /// <summary>A random partition with the sizes the formation plans (ceil(n/4) groups, sizes within one): a witness that such groups exist.</summary>
    public static int[][] Partition(int size, Random random)
    {
        var k = size == 5 ? 1 : (size + 3) / 4;
        var order = Enumerable.Range(0, size).OrderBy(_ => random.Next()).ToArray();
        return [.. Enumerable.Range(0, k).Select(g => order.Where((_, i) => i % k == g).ToArray())];
    }

    private static Profile Person(Random random, int index, string[] languages)
    {
        var slots = Enumerable.Range(0, random.Next(2, 7))
            .Select(_ => new SlotDraft((DayOfWeek)random.Next(7), (PartOfDay)random.Next(3))).ToArray();
        var draft = new ProfileDraft(
            TargetField: Fields[random.Next(Fields.Length)],
            Languages: languages,
            TimeZone: Zones[random.Next(Zones.Length)],
            Availability: slots,
            Visibility: Visibility.Peer);
        return AProfile.Build(draft, $"P{index}", APerson.Tenant, Id(random));
    }
}
