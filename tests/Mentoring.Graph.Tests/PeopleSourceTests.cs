using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;
using Mentoring.M365Emulator;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Graph.Tests;

/// <summary>People read from the directory through the real SDK: fields, zones, guests, other tenants, search and outages.</summary>
[Collection(GraphCollection.Name)]
public sealed class PeopleSourceTests(GraphFixture fixture) : IDisposable
{
    private static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    private readonly IPeopleSource directory = fixture.Services(new() { ["Graph:MaxRetries"] = "0" }).GetRequiredService<IPeopleSource>();

    private static DemoUser Guest => DemoDirectory.Users.Single(u => u.IsGuest);

    [Fact]
    public async Task A_member_comes_with_name_mail_language_and_the_mailbox_zone_and_hours_in_IANA()
    {
        var camille = DemoDirectory.Find("camille.martin@contoso.example")!;

        var person = await FindAsync(camille.Id);

        Assert.Equal(
            new Person(GraphFixture.Contoso, new PersonId(camille.Id), "Camille Martin", "camille.martin@contoso.example", "fr-FR", "Europe/Paris", UserType.Member),
            person with { WorkingHours = null });
        Assert.Equal((new TimeOnly(9, 0), new TimeOnly(18, 0), "Europe/Paris"), (person.WorkingHours!.Start, person.WorkingHours.End, person.WorkingHours.TimeZone));
        Assert.Equal(Weekdays, person.WorkingHours.Days);
    }

    [Theory]
    [InlineData("emilie.tremblay@contoso.example", "America/Toronto", 9, 0)]
    [InlineData("ines.moreau@contoso.example", "Europe/Brussels", 8, 30)]
    public async Task The_mailbox_s_Windows_zone_becomes_the_IANA_zone_of_the_person_s_region(string upn, string zone, int hour, int minute)
    {
        var person = await FindAsync(DemoDirectory.Find(upn)!.Id);

        Assert.Equal(zone, person.TimeZone);
        Assert.Equal(new WorkingHours(Weekdays, new TimeOnly(hour, minute), person.WorkingHours!.End, zone), person.WorkingHours with { Days = Weekdays });
    }

    [Fact]
    public async Task A_guest_is_found_as_a_guest_with_the_home_mail_and_the_product_s_default_zone()
    {
        var person = await FindAsync(Guest.Id);

        Assert.Equal(UserType.Guest, person.UserType);
        Assert.Equal(("Sofia García", "sofia.garcia@outlook.example", "es-ES", "Europe/Paris"), (person.DisplayName, person.Email, person.Locale, person.TimeZone));
        Assert.Null(person.WorkingHours);
    }

    [Fact]
    public async Task Someone_of_another_tenant_or_nobody_is_not_found()
    {
        var alex = DemoDirectory.Find("alex.johnson@fabrikam.example")!;

        Assert.Null(ResultAssert.Ok(await directory.FindAsync(GraphFixture.Contoso, new PersonId(alex.Id))));
        Assert.Null(ResultAssert.Ok(await directory.FindAsync(GraphFixture.Contoso, new PersonId(Guid.NewGuid()))));
        Assert.NotNull(ResultAssert.Ok(await directory.FindAsync(new TenantId(DemoDirectory.FabrikamTenantId), new PersonId(alex.Id))));
    }

    [Fact]
    public async Task Search_finds_by_name_or_mail_in_the_tenant_only_and_tells_guests_apart()
    {
        Assert.Equal(["Camille Martin"], await NamesAsync(GraphFixture.Contoso, "Cam"));
        Assert.Equal(["Camille Martin"], await NamesAsync(GraphFixture.Contoso, "camille.m"));
        Assert.Empty(await NamesAsync(GraphFixture.Contoso, "Alex"));
        Assert.Empty(await NamesAsync(new TenantId(DemoDirectory.FabrikamTenantId), "Camille"));

        var sofia = Assert.Single(ResultAssert.Ok(await directory.SearchAsync(GraphFixture.Contoso, "sofia", 10)));
        Assert.Equal(new PersonMatch(new PersonId(Guest.Id), "Sofia García", "sofia.garcia@outlook.example", UserType.Guest), sofia);
    }

    [Fact]
    public async Task Search_never_offers_a_disabled_account_or_someone_hidden_from_the_address_list()
    {
        var bastien = DemoDirectory.Find("bastien.girard@contoso.example")!;
        var margaux = DemoDirectory.Find("margaux.roussel@contoso.example")!;
        Assert.Equal((false, false), (bastien.AccountEnabled, margaux.ShowInAddressList));

        Assert.Empty(await NamesAsync(GraphFixture.Contoso, "Bastien"));
        Assert.Empty(await NamesAsync(GraphFixture.Contoso, "margaux.r"));

        // People nobody hid (showInAddressList never set, as Entra leaves it) are still offered.
        Assert.Equal(["Camille Martin"], await NamesAsync(GraphFixture.Contoso, "Cam"));
    }

    [Fact]
    public async Task Search_honours_top()
    {
        Assert.True(ResultAssert.Ok(await directory.SearchAsync(GraphFixture.Contoso, "m", 10)).Count > 2);
        Assert.Equal(2, ResultAssert.Ok(await directory.SearchAsync(GraphFixture.Contoso, "m", 2)).Count);
    }

    [Theory]
    [InlineData("l\" OR \"displayName:C")]
    [InlineData("' or 1 eq 1")]
    [InlineData("\\")]
    [InlineData("Camille\\")]
    [InlineData("\"")]
    [InlineData("$top=999&$select=userType")]
    [InlineData("C) OR (\"displayName:L")]
    public async Task Query_syntax_in_the_text_is_searched_literally_and_finds_nobody(string text)
    {
        Assert.Empty(await NamesAsync(GraphFixture.Contoso, text));
    }

    [Fact]
    public async Task An_outage_is_directory_unavailable_with_Retry_After_not_an_absence()
    {
        fixture.Emulator.Faults.Configure(new FaultSettings(FailureRate: 1, Statuses: [503], RetryAfterSeconds: 4));

        var find = await directory.FindAsync(GraphFixture.Contoso, new PersonId(Guest.Id));
        var search = await directory.SearchAsync(GraphFixture.Contoso, "Cam", 10);

        foreach (var errors in new[] { find.Errors, search.Errors })
        {
            var error = Assert.Single(errors);
            Assert.Equal((ErrorKind.Unavailable, "directory.unavailable", 4), (error.Kind, error.Code, error.Args!["retryAfterSeconds"]));
        }
    }

    public void Dispose() => fixture.Emulator.Faults.Reset();

    private async Task<Person> FindAsync(Guid id) =>
        ResultAssert.Ok(await directory.FindAsync(GraphFixture.Contoso, new PersonId(id))) ?? throw new Xunit.Sdk.XunitException("Not found.");

    private async Task<string[]> NamesAsync(TenantId tenant, string text) =>
        [.. ResultAssert.Ok(await directory.SearchAsync(tenant, text, 10)).Select(m => m.DisplayName)];
}
