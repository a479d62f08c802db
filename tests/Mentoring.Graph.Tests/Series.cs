using Mentoring.Core.People;
using Mentoring.Core.Scheduling;
using Mentoring.M365Emulator;

namespace Mentoring.Graph.Tests;

/// <summary>Cadences and series requests the tests use; first dates are in 2027, after "today" (2026-11-26).</summary>
internal static class Series
{
    public static DemoUser Camille => DemoDirectory.Find("camille.martin@contoso.example")!;

    public static DemoUser Hugo => DemoDirectory.Find("hugo.bernard@contoso.example")!;

    public static DemoUser Emilie => DemoDirectory.Find("emilie.tremblay@contoso.example")!;

    public static PersonId Organizer => new(Camille.Id);

    /// <summary>Every two weeks at 18:00 from Thursday 11 March 2027: spans both 2027 DST changes of Europe and North America.</summary>
    public static Cadence Biweekly(string zone = "Europe/Paris", int count = 20, TimeOnly? at = null) =>
        new(new WeeklyPattern(2, DayOfWeek.Thursday), new DateOnly(2027, 3, 11), at ?? new TimeOnly(18, 0), TimeSpan.FromHours(1), zone, new NumberedRange(count));

    public static SeriesRequest Request(Cadence cadence, string? subject = null, params DemoUser[] attendees) => new(
        GraphFixture.Contoso,
        Organizer,
        (attendees.Length == 0 ? [Hugo] : attendees).Select(a => new Attendee(new PersonId(a.Id), a.DisplayName, a.UserPrincipalName)).ToList(),
        subject ?? "Cercle " + Guid.NewGuid().ToString("N")[..8],
        "<p>Ordre du jour</p>",
        cadence,
        "tx-" + Guid.NewGuid());

    public static Person Person(DemoUser user) =>
        new(GraphFixture.Contoso, new PersonId(user.Id), user.DisplayName, user.UserPrincipalName, user.PreferredLanguage, user.TimeZone);
}
