using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Mentoring.M365Emulator.Tests.TeamsClient;

/// <summary>The Teams client's meeting: several people join from their own pages; every stay is kept with its join and leave times.</summary>
public sealed class MeetingRosterTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private static readonly DemoUser Lea = DemoDirectory.Users.Single(u => u.UserPrincipalName.StartsWith("lea.dubois@", StringComparison.Ordinal));
    private static readonly DemoUser Nicolas = DemoDirectory.Users.Single(u => u.UserPrincipalName.StartsWith("nicolas.thomas@", StringComparison.Ordinal));

    [Fact]
    public async Task Joins_and_leaves_are_kept_as_intervals_with_their_times_and_a_second_page_does_not_join_twice()
    {
        var meeting = "teams/api/meetings/" + Guid.NewGuid().ToString("N");
        var start = fixture.Clock.GetUtcNow();
        await PostAsync(meeting + "/join", Lea);
        await PostAsync(meeting + "/join", Lea); // her second page
        fixture.Clock.Advance(TimeSpan.FromMinutes(5));
        await PostAsync(meeting + "/join", Nicolas);
        fixture.Clock.Advance(TimeSpan.FromMinutes(30));
        var left = await PostAsync(meeting + "/leave", Lea);

        var intervals = left["intervals"]!.AsArray();
        Assert.Equal(2, intervals.Count);
        Assert.Equal((Lea.Id.ToString(), start, (DateTimeOffset?)start.AddMinutes(35)), Interval(intervals[0]!));
        Assert.Equal(Nicolas.Id.ToString(), Assert.Single(left["participants"]!.AsArray())!["id"]!.GetValue<string>());
        Assert.Null(intervals[1]!["leaveDateTime"]);
    }

    [Fact]
    public async Task Leaving_or_sharing_to_the_stage_without_being_in_the_meeting_is_refused_and_changes_nothing()
    {
        var meeting = "teams/api/meetings/" + Guid.NewGuid().ToString("N");

        var leave = await fixture.Http.PostAsJsonAsync(meeting + "/leave", new { user = Lea.Id.ToString() });
        var share = await fixture.Http.PutAsJsonAsync(meeting + "/stage", new { user = Lea.Id.ToString(), contentUrl = "http://127.0.0.1/tab/meeting" });

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (leave.StatusCode, share.StatusCode));
        var state = (await fixture.Http.GetFromJsonAsync<JsonObject>(meeting))!;
        Assert.Empty(state["intervals"]!.AsArray());
        Assert.Null(state["stageUrl"]);
    }

    private async Task<JsonObject> PostAsync(string path, DemoUser user)
    {
        var response = await fixture.Http.PostAsJsonAsync(path, new { user = user.Id.ToString() });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static (string, DateTimeOffset, DateTimeOffset?) Interval(JsonNode interval) => (
        interval["id"]!.GetValue<string>(),
        DateTimeOffset.Parse(interval["joinDateTime"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture),
        interval["leaveDateTime"] is { } left ? DateTimeOffset.Parse(left.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) : null);
}
