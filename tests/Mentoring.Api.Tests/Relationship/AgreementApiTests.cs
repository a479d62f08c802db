using System.Net;
using System.Net.Http.Json;
using Mentoring.Api.Tests.Agendas;
using static Mentoring.Api.Tests.Relationship.RelationshipApi;

namespace Mentoring.Api.Tests.Relationship;

/// <summary>A mentorship's agreement: both confirm, a change asks both again; bad terms, a non-member and an extension past twelve
/// months are refused with the field named and nothing written.</summary>
[Collection(AgendaHostCollection.Name)]
public sealed class AgreementApiTests(AgendaHostFixture fixture)
{
    [Fact]
    public async Task Both_confirm_the_agreement_and_a_change_asks_both_again()
    {
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        using var camille = await fixture.Users.AsAsync(Users.Camille);
        var circle = await MentorshipAsync(fixture, hugo, Users.Hugo, Users.Camille);

        Assert.Equal(HttpStatusCode.OK, (await WriteAsync(hugo, circle, Terms())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ConfirmAsync(hugo, circle, 1)).StatusCode);
        var halfway = await AgreementAsync(camille, circle);
        Assert.False(halfway["confirmedByAll"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.OK, (await ConfirmAsync(camille, circle, 1)).StatusCode);
        var both = await AgreementAsync(hugo, circle);

        Assert.True(both["confirmedByAll"]!.GetValue<bool>());
        Assert.All(ConfirmedAt(both), Assert.NotNull);
        Assert.Equal(["Hugo", "Camille"], both["members"]!.AsArray().Select(m => m!["displayName"]!.GetValue<string>().Split(' ')[0]));

        Assert.Equal(HttpStatusCode.OK, (await WriteAsync(camille, circle, Terms(months: 9))).StatusCode);
        var changed = await AgreementAsync(hugo, circle);
        Assert.Equal((2, false), (changed["agreement"]!["version"]!.GetValue<int>(), changed["confirmedByAll"]!.GetValue<bool>()));
        Assert.All(ConfirmedAt(changed), Assert.Null);
        var stale = await ConfirmAsync(hugo, circle, 1);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(["agreement.changed"], Circles.Codes(await Circles.ProblemAsync(stale), "version"));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(13)]
    public async Task A_duration_outside_3_to_12_months_is_refused_in_french_and_nothing_is_written(int months)
    {
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        var circle = await MentorshipAsync(fixture, hugo, Users.Hugo, Users.Camille);

        var response = await WriteAsync(hugo, circle, Terms(months));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Circles.ProblemAsync(response);
        Assert.Equal(["agreement.duration.range"], Circles.Codes(problem, "durationMonths"));
        Assert.Contains("de 3 à 12 mois", problem["errors"]!["durationMonths"]![0]!.GetValue<string>());
        Assert.Null((await AgreementAsync(hugo, circle))["agreement"]);
    }

    [Fact]
    public async Task A_non_member_can_neither_read_nor_confirm_nor_change_the_agreement()
    {
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var circle = await MentorshipAsync(fixture, hugo, Users.Hugo, Users.Camille);
        await WriteAsync(hugo, circle, Terms());

        var confirm = await ConfirmAsync(lea, circle, 1);
        var write = await WriteAsync(lea, circle, Terms(months: 3));

        Assert.Equal(HttpStatusCode.NotFound, confirm.StatusCode);
        Assert.Equal("circle.notFound", (await Circles.ProblemAsync(confirm))["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, write.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lea.GetAsync($"circles/{circle}/agreement")).StatusCode);
        var agreement = await AgreementAsync(hugo, circle);
        Assert.Equal((1, 6), (agreement["agreement"]!["version"]!.GetValue<int>(), agreement["agreement"]!["durationMonths"]!.GetValue<int>()));
        Assert.All(ConfirmedAt(agreement), Assert.Null);
    }

    [Fact]
    public async Task An_extension_past_twelve_months_is_refused_and_the_agreement_stays_confirmed()
    {
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        using var camille = await fixture.Users.AsAsync(Users.Camille);
        var circle = await MentorshipAsync(fixture, hugo, Users.Hugo, Users.Camille);
        await WriteAsync(hugo, circle, Terms(months: 9));
        await ConfirmAsync(hugo, circle, 1);
        await ConfirmAsync(camille, circle, 1);

        var response = await camille.PostAsJsonAsync($"circles/{circle}/agreement/extensions", new { months = 6 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Circles.ProblemAsync(response);
        Assert.Equal(["agreement.extension.pastTwelveMonths"], Circles.Codes(problem, "months"));
        Assert.Contains("3 mois", problem["errors"]!["months"]![0]!.GetValue<string>());
        var agreement = await AgreementAsync(hugo, circle);
        Assert.Equal((1, 9, true), (agreement["agreement"]!["version"]!.GetValue<int>(), agreement["agreement"]!["totalMonths"]!.GetValue<int>(),
            agreement["confirmedByAll"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task A_peer_group_agrees_on_its_own_rules_once_every_member_confirmed()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        using var chloe = await fixture.Users.AsAsync(Users.Chloe);
        var circle = await Goals.GoalApi.CircleAsync(fixture, lea, Users.Lea, Users.Nicolas, Users.Chloe);

        var withoutRules = await WriteAsync(lea, circle, Terms());
        Assert.Equal(["text.required"], Circles.Codes(await Circles.ProblemAsync(withoutRules), "rules"));
        await WriteAsync(lea, circle, Terms(rules: "On arrive à l'heure ; chacun parle à son tour."));
        await ConfirmAsync(lea, circle, 1);
        await ConfirmAsync(nicolas, circle, 1);
        Assert.False((await AgreementAsync(chloe, circle))["confirmedByAll"]!.GetValue<bool>());
        await ConfirmAsync(chloe, circle, 1);

        var agreement = await AgreementAsync(chloe, circle);
        Assert.True(agreement["confirmedByAll"]!.GetValue<bool>());
        Assert.Equal("On arrive à l'heure ; chacun parle à son tour.", agreement["agreement"]!["rules"]!.GetValue<string>());
    }
}
