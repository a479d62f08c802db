using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Api.Tests.Matching;
using Mentoring.M365Emulator;
using static Mentoring.Api.Tests.Relationship.RelationshipApi;

namespace Mentoring.Api.Tests.Relationship;

/// <summary>The coordinator sees of the pulses only how many were answered and the share of low answers, for 5 people or more.</summary>
[Collection(MatchingHostCollection.Name)]
public sealed class CohortPulseTests(MatchingHostFixture fixture)
{
    private static readonly DemoUser[] Five = [Users.Lea, Users.Nicolas, Users.Chloe, Users.Ines, Users.Julien];

    [Fact]
    public async Task The_coordinator_sees_answers_counted_and_the_share_of_low_ones_never_who_said_what()
    {
        using var manon = await fixture.Users.AsAsync(Users.Manon);
        var clients = new Dictionary<DemoUser, HttpClient>();
        foreach (var user in Five)
        {
            clients[user] = await fixture.Users.AsAsync(user);
            await Profiles.PutAsync(clients[user], Profiles.Mentee(visibility: "peer"));
        }

        var cohort = await Cohorts.CreateAcceptedAsync(manon, "Bilan pouls " + Guid.NewGuid().ToString("N")[..6], Five);
        var proposal = (await (await manon.PostAsync($"cohorts/{cohort}/proposals", null)).Content.ReadFromJsonAsync<JsonObject>())!;
        var circles = new List<string>();
        foreach (var group in proposal["groups"]!.AsArray())
        {
            JsonObject? last = null;
            foreach (var member in group!["members"]!.AsArray())
            {
                var user = Five.Single(u => u.Id.ToString() == member!["personId"]!.GetValue<string>());
                last = (await (await clients[user].PostAsync($"groups/{group["id"]}/accept", null)).Content.ReadFromJsonAsync<JsonObject>())!;
            }

            circles.Add(last!["circleId"]!.GetValue<string>());
        }

        Assert.Equal((0, null), await FiguresAsync(manon, cohort));
        fixture.Clock.Advance(TimeSpan.FromDays(31));
        var low = new[] { Users.Lea, Users.Ines };
        foreach (var user in Five)
        {
            var circle = await FirstCircleOfAsync(clients[user], circles);
            var answer = low.Contains(user) ? await AnswerAsync(clients[user], circle, 2, 4) : await AnswerAsync(clients[user], circle, 4, 5);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        }

        var raw = await manon.GetStringAsync($"cohorts/{cohort}/pulses");
        Assert.Equal((5, 0.4), await FiguresAsync(manon, cohort));
        Assert.DoesNotContain(Users.Lea.Id.ToString(), raw);
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }
    }

    [Fact]
    public async Task A_cohort_of_fewer_than_five_people_shows_no_pulse_figure()
    {
        using var manon = await fixture.Users.AsAsync(Users.Manon);
        var cohort = await Cohorts.CreateAcceptedAsync(manon, "Petit pouls " + Guid.NewGuid().ToString("N")[..6], Five[..4]);

        Assert.Equal((null, null), await FiguresAsync(manon, cohort));
    }

    private static async Task<(int?, double?)> FiguresAsync(HttpClient coordinator, string cohort)
    {
        var figures = (await coordinator.GetFromJsonAsync<JsonObject>($"cohorts/{cohort}/pulses"))!;
        return (figures["answered"]?.GetValue<int>(), figures["lowShare"]?.GetValue<double>());
    }

    private static async Task<string> FirstCircleOfAsync(HttpClient member, IReadOnlyList<string> circles) =>
        circles.Intersect(await Circles.MyCircleIdsAsync(member)).Single();
}
