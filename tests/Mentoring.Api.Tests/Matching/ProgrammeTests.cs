using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Core.Cohorts;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Infrastructure.Storage;
using Mentoring.M365Emulator;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Api.Tests.Matching;

/// <summary>The coordinator's programme view (issue 23 item 7): figures about five people or more, never a text or a person's
/// score, and as many Table requests whatever the length of the cohort's history.</summary>
[Collection(MatchingHostCollection.Name)]
public sealed class ProgrammeTests(MatchingHostFixture fixture)
{
    private static readonly TenantId Contoso = new(DemoDirectory.ContosoTenantId);

    [Fact]
    public async Task The_coordinator_sees_objectives_medians_pulses_and_endings_counted_never_a_goal_s_text_or_a_person()
    {
        // 15 people in 5 groups of 3, one goal each at −1 (T = 40), placed at 0, +1 then +2 (T = 70) over three months; pulses in
        // months 1 (all low) and 3 (none low); two groups closed through the end question, two left early, one still meeting.
        var cohort = new ProgrammeCohort(fixture.Host.Services, Contoso, new PersonId(Users.Manon.Id), fixture.Clock.GetUtcNow());
        await cohort.CreateAsync(15);
        await cohort.AddMonthsAsync(3);
        await cohort.CloseAsync(cohort.Circles[0], throughTheEndQuestion: true);
        await cohort.CloseAsync(cohort.Circles[1], throughTheEndQuestion: true);
        await cohort.CloseAsync(cohort.Circles[2], throughTheEndQuestion: false);
        await cohort.CloseAsync(cohort.Circles[3], throughTheEndQuestion: false);
        using var manon = await fixture.Users.AsAsync(Users.Manon);

        var raw = await manon.GetStringAsync($"cohorts/{cohort.Id}/programme");
        var figures = JsonNode.Parse(raw)!.AsObject();

        Assert.Equal(15, figures["objectivesWritten"]!.GetValue<int>());
        Assert.Equal(15, figures["peopleWithObjectives"]!.GetValue<int>());
        Assert.Equal(40, figures["medianTScoreStart"]!.GetValue<double>());
        Assert.Equal(70, figures["medianTScoreNow"]!.GetValue<double>());
        Assert.Equal(30, figures["pulsesAnswered"]!.GetValue<int>());
        Assert.Equal(0.5, figures["lowPulseShare"]!.GetValue<double>());
        Assert.Equal(2, figures["endedAsAgreed"]!.GetValue<int>());
        Assert.Equal(2, figures["leftEarly"]!.GetValue<int>());
        Assert.DoesNotContain(ProgrammeCohort.GoalTitle, raw);
        Assert.DoesNotContain(cohort.Circles[0].Members[0].PersonId.ToString(), raw);
    }

    [Fact]
    public async Task Under_five_people_nothing_is_shown_another_coordinator_gets_404_and_a_member_403()
    {
        var small = new ProgrammeCohort(fixture.Host.Services, Contoso, new PersonId(Users.Manon.Id), fixture.Clock.GetUtcNow());
        await small.CreateAsync(4);
        await small.AddMonthsAsync(2);
        using var manon = await fixture.Users.AsAsync(Users.Manon);
        using var camille = await fixture.Users.AsAsync(Users.Camille);
        using var chloe = await fixture.Users.WithMintedTokenAsync(new
        {
            tenantId = Users.Chloe.TenantId, userId = Users.Chloe.Id, audience = DemoDirectory.ApiClientId, scope = "access_as_user", roles = new[] { "Coordinator" },
        });

        var figures = (await manon.GetFromJsonAsync<JsonObject>($"cohorts/{small.Id}/programme"))!;
        var other = await chloe.GetAsync($"cohorts/{small.Id}/programme");
        var member = await camille.GetAsync($"cohorts/{small.Id}/programme");

        Assert.All(figures, f => Assert.Null(f.Value)); // null figures are left out of the answer: none has a value
        Assert.Equal("cohort.notFound", (await Circles.ProblemAsync(other))["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, member.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await manon.GetAsync("cohorts/not-an-id/programme")).StatusCode);
    }

    [Fact]
    public async Task One_view_costs_as_many_Table_requests_after_one_month_of_history_as_after_twelve()
    {
        // A tenant of its own, so the host's background work is not counted; the view is the use case the route calls.
        var tenant = new TenantId(Guid.NewGuid());
        var coordinator = new Caller(tenant, new PersonId(Guid.NewGuid()), "", IsCoordinator: true);
        var cohort = new ProgrammeCohort(fixture.Host.Services, tenant, coordinator.Id, fixture.Clock.GetUtcNow());
        await cohort.CreateAsync(6);
        await cohort.AddMonthsAsync(1);

        var oneMonth = await RequestsAsync(tenant, () => ViewAsync(coordinator, cohort.Id));
        await cohort.AddMonthsAsync(11);
        var twelveMonths = await RequestsAsync(tenant, () => ViewAsync(coordinator, cohort.Id));

        // The cohort and its groups, then per circle (2) its row, its goals' partition and its relationship partition.
        Assert.Equal("8 requests: 1 GET Matching, 1 GET Matching(point), 2 GET Circles(point), 2 GET Goals, 2 GET Relationship", oneMonth);
        Assert.Equal(oneMonth, twelveMonths);
    }

    private async Task ViewAsync(Caller coordinator, Guid cohort)
    {
        var figures = await fixture.Host.Services.GetRequiredService<ProgrammeView>().ForCohortAsync(coordinator, cohort);
        Assert.True(figures.IsSuccess);
        Assert.NotNull(figures.Value.MedianTScoreNow);
    }

    /// <summary>The Table requests that name the tenant while <paramref name="act"/> runs, by method and table.</summary>
    private async Task<string> RequestsAsync(TenantId tenant, Func<Task> act)
    {
        var counter = fixture.Host.Services.GetRequiredService<StorageRequestCounter>();
        counter.StartRecording();
        await act();
        var requests = counter.StopRecording().Where(r => r.Names(tenant.ToString())).ToArray();
        return $"{requests.Length} requests: " + string.Join(", ", requests.GroupBy(Shape).Select(g => $"{g.Count()} {g.Key}").Order(StringComparer.Ordinal));
    }

    private string Shape(StorageRequest r)
    {
        var path = r.Path.TrimStart('/');
        var cut = path.IndexOf('(', StringComparison.Ordinal);
        var table = (cut < 0 ? path : path[..cut]).Split('/')[^1].Replace(fixture.TablePrefix, "", StringComparison.Ordinal);
        return $"{r.Method} {table}{(cut >= 0 && path[cut..].Contains("PartitionKey", StringComparison.Ordinal) ? "(point)" : "")}";
    }
}
