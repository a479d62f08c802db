using Mentoring.Core.Cohorts;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Profiles;
using Mentoring.Core.Requests;
using Mentoring.M365Emulator;

namespace Mentoring.LocalHost;

/// <summary>Seeds matching in the demo tenant through the use cases: visible mentor and peer profiles, a cohort gathered by the
/// coordinator Manon Lefèvre (app role Coordinator in the emulator's tokens), an open group and a request waiting for Hugo.
/// Skipped when Camille already has a profile, so running it twice adds nothing.</summary>
public static class DemoMatchingSeed
{
    public static async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        var tenant = new TenantId(DemoDirectory.ContosoTenantId);
        Caller As(string alias, bool coordinator = false)
        {
            var user = DemoDirectory.Users.Single(u => u.UserPrincipalName.StartsWith(alias + (u.IsGuest ? "_" : "@"), StringComparison.Ordinal));
            return new Caller(tenant, new PersonId(user.Id), user.DisplayName, coordinator);
        }

        var profile = services.GetRequiredService<MyProfile>();
        if ((await profile.GetAsync(As("camille.martin"), cancellationToken)).IsSuccess)
        {
            return;
        }

        foreach (var (alias, draft) in Profiles())
        {
            await Check(profile.SaveAsync(As(alias), draft, null, cancellationToken));
        }

        // Mentees they accompany outside the product: the count is the server's, so the seed writes it to the store, as an
        // administrator would; the profile form cannot.
        await SeedMenteesAsync(services.GetRequiredService<IProfileStore>(), As("julien.petit"), 2, cancellationToken);
        await SeedMenteesAsync(services.GetRequiredService<IProfileStore>(), As("hugo.bernard"), 1, cancellationToken);
        await Check(services.GetRequiredService<SendMentorRequest>().ExecuteAsync(
            As("lea.dubois"),
            new MentorRequestBody(As("hugo.bernard").Id.ToString(), "Bonjour Hugo,\n\nJe prépare une reconversion vers la data analyse ; vos dix ans d'expérience m'aideraient beaucoup. Accepteriez-vous un échange par mois ?\n\nLéa"),
            "demo-seed-request",
            cancellationToken));
        var manon = As("manon.lefevre", coordinator: true);
        var cohorts = services.GetRequiredService<CohortActions>();
        var cohort = await Check(cohorts.CreateAsync(
            manon,
            new CohortBody("Bilan de compétences – automne", [.. new[] { "nicolas.thomas", "chloe.robert", "emilie.tremblay", "priya.nair", "julien.petit", "sofia.garcia" }.Select(a => As(a).Id.ToString())]),
            "demo-seed-cohort",
            cancellationToken));
        _ = await cohorts.ProposeAsync(manon, cohort.Id, cancellationToken);
        _ = await services.GetRequiredService<PeerGroups>().StartAsync(As("ines.moreau"), "Reconversions RH – Bruxelles et Paris", cancellationToken);
    }

    private static IEnumerable<(string Alias, ProfileDraft Draft)> Profiles()
    {
        SlotDraft[] evenings = [new(DayOfWeek.Tuesday, PartOfDay.Evening), new(DayOfWeek.Thursday, PartOfDay.Evening)];
        SlotDraft[] lunch = [new(DayOfWeek.Monday, PartOfDay.Afternoon), new(DayOfWeek.Wednesday, PartOfDay.Afternoon)];
        ProfileDraft Peer(string job, string field, string target, string[] sought, string city, string zone, SlotDraft[] slots, string language = "fr") =>
            new($"{job} en reconversion vers {target}.", job, field, target, ["organisation"], sought, [language], city, zone, slots, Visibility.Peer);

        yield return ("camille.martin", Peer("comptable", "data analyse", "data analyste", ["SQL", "Python"], "Lyon", "Europe/Paris", evenings));
        yield return ("lea.dubois", Peer("professeure des écoles", "data analyse", "data analyste", ["SQL"], "Nantes", "Europe/Paris", evenings));
        yield return ("nicolas.thomas", Peer("commercial", "UX design", "designer UX", ["Figma"], "Paris", "Europe/Paris", evenings));
        yield return ("chloe.robert", Peer("infirmière", "ressources humaines", "chargée de recrutement", ["entretiens"], "Lille", "Europe/Paris", lunch));
        yield return ("emilie.tremblay", Peer("journaliste", "communication", "chargée de communication", ["réseaux sociaux"], "Montréal", "America/Toronto", lunch, "fr-CA"));
        yield return ("priya.nair", Peer("ingénieure", "data analyse", "data analyste", ["Power BI"], "Bengaluru", "Asia/Kolkata", lunch, "en"));
        yield return ("julien.petit", new ProfileDraft(
            "Designer UX depuis huit ans, j'accompagne volontiers une reconversion.", "designer UX", "", "", ["Figma", "recherche utilisateur"], [], ["fr", "en"],
            "Paris", "Europe/Paris", evenings, Visibility.MentorAndPeer, new MentorDraft(["UX design"], 8, 2, null)));
        yield return ("hugo.bernard", new ProfileDraft(
            "Data analyste depuis dix ans, j'aime transmettre.", "data analyste", "", "", ["SQL", "Python", "Power BI"], [], ["fr", "en"],
            "Paris", "Europe/Paris", evenings, Visibility.Mentor, new MentorDraft(["data analyse"], 10, 3, null)));
        yield return ("ines.moreau", new ProfileDraft(
            "DRH reconvertie en coach, je connais les deux côtés du recrutement.", "coach professionnelle", "ressources humaines", "", ["entretiens", "recrutement"], [], ["fr"],
            "Bruxelles", "Europe/Brussels", lunch, Visibility.MentorAndPeer, new MentorDraft(["ressources humaines"], 15, 2, null)));
    }

    private static async Task SeedMenteesAsync(IProfileStore store, Caller mentor, int mentees, CancellationToken cancellationToken)
    {
        var found = await store.FindAsync(mentor.Tenant, mentor.Id, cancellationToken) ?? throw new InvalidOperationException("Demo mentor without a profile.");
        var counted = found.Value with { Mentor = found.Value.Mentor! with { CurrentMentees = mentees } };
        _ = await Check(store.SaveAsync(counted, found.Version, cancellationToken));
    }

    private static async Task<T> Check<T>(Task<Result<T>> step)
    {
        var result = await step;
        return result.IsSuccess ? result.Value : throw new InvalidOperationException("Demo matching seed refused: " + string.Join(", ", result.Errors.Select(e => $"{e.Field} {e.Code}")));
    }
}
