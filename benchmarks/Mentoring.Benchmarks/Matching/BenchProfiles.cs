using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Profiles;

namespace Mentoring.Benchmarks.Matching;

/// <summary>Reproducible synthetic profiles shaped like a French-speaking organisation with some English, Spanish and remote people.</summary>
internal static class BenchProfiles
{
    public static readonly TenantId Tenant = new(Guid.Parse("0b5e7c1e-0000-4000-8000-000000000001"));

    /// <summary>A fixed instant (winter time) whose UTC offsets matching uses.</summary>
    public static readonly DateTimeOffset At = new(2027, 1, 6, 9, 0, 0, TimeSpan.Zero);

    private static readonly (int Weight, string[] Tags)[] Languages = [(70, ["fr"]), (15, ["en"]), (10, ["fr", "en"]), (5, ["es", "fr"])];
    private static readonly (int Weight, string Zone)[] Zones =
        [(80, "Europe/Paris"), (5, "Europe/London"), (5, "Africa/Dakar"), (5, "America/Toronto"), (5, "Asia/Tokyo")];

    private static readonly string[] Fields =
        ["Data analyse", "Développement web", "Enseignement", "Boulangerie", "Soins infirmiers", "Ressources humaines", "Gestion de projet", "Design"];

    private static readonly string[] Skills = ["SQL", "Python", "Excel", "Management", "Pédagogie", "Négociation", "Figma", "Comptabilité", "Anglais", "Prise de parole"];

    public static Profile[] Cohort(int size, int seed) => Make(size, seed, mentors: false);

    public static Profile[] Mentors(int size, int seed) => Make(size, seed, mentors: true);

    private static Profile[] Make(int size, int seed, bool mentors)
    {
        var random = new Random(seed);
        var profiles = new Profile[size];
        for (var i = 0; i < size; i++)
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            bytes[0] |= 1;
            var draft = new ProfileDraft(
                CurrentJob: Pick(random, Fields),
                TargetField: Pick(random, Fields),
                TargetJob: Pick(random, Fields),
                SkillsOffered: [Pick(random, Skills), Pick(random, Skills)],
                SkillsSought: [Pick(random, Skills), Pick(random, Skills)],
                Languages: Weighted(random, Languages),
                TimeZone: Weighted(random, Zones),
                Availability: [.. Enumerable.Range(0, random.Next(2, 7)).Select(_ => new SlotDraft((DayOfWeek)random.Next(7), (PartOfDay)random.Next(3)))],
                Visibility: mentors ? Visibility.Mentor : Visibility.Peer,
                Mentor: mentors ? new MentorDraft([Pick(random, Fields), Pick(random, Fields)], random.Next(0, 31), random.Next(1, 4), random.Next(0, 4)) : null);
            var result = Profile.Create(draft, Tenant, new PersonId(new Guid(bytes)), $"Person {i}");
            profiles[i] = result.IsSuccess ? result.Value : throw new InvalidOperationException(result.Errors[0].Code);
        }

        return profiles;
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static T Weighted<T>(Random random, (int Weight, T Value)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (weight, value) in choices)
        {
            if ((roll -= weight) < 0)
            {
                return value;
            }
        }

        return choices[^1].Value;
    }
}
