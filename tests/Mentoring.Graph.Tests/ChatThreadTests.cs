using Mentoring.Core.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Mentoring.Graph.Tests;

/// <summary>The chat thread id comes from the series' onlineMeeting (Graph has none on the event), and its absence never blocks scheduling.</summary>
[Collection(GraphCollection.Name)]
public sealed class ChatThreadTests(GraphFixture fixture) : IDisposable
{
    [Fact]
    public async Task The_series_has_the_chat_thread_of_its_onlineMeeting_and_the_event_has_no_chatInfo()
    {
        fixture.Emulator.Log.Clear();

        var created = ResultAssert.Ok(await fixture.Gateway.CreateSeriesAsync(Series.Request(Series.Biweekly())));

        var master = await fixture.GraphAsync(HttpMethod.Get, $"users/{Series.Camille.Id}/events/{created.SeriesMasterId}");
        Assert.False(master.GetProperty("onlineMeeting").TryGetProperty("chatInfo", out _));
        var filter = Uri.EscapeDataString($"JoinWebUrl eq '{created.JoinUrl}'");
        var meeting = Assert.Single((await fixture.GraphAsync(HttpMethod.Get, $"users/{Series.Camille.Id}/onlineMeetings?$filter={filter}"))
            .GetProperty("value").EnumerateArray());
        Assert.Equal(meeting.GetProperty("chatInfo").GetProperty("threadId").GetString(), created.ChatThreadId);
        Assert.Matches("^19:meeting_.+@thread.v2$", created.ChatThreadId);
        Assert.Equal(
            ["POST /events", "GET /onlineMeetings"],
            fixture.Emulator.Log.Entries.Take(2).Select(e => $"{e.Method} /{e.PathAndQuery.Split('?')[0].Split('/')[^1]}"));
    }

    [Fact]
    public async Task A_retried_scheduling_finds_the_same_thread_again()
    {
        var request = Series.Request(Series.Biweekly());

        var first = ResultAssert.Ok(await fixture.Gateway.CreateSeriesAsync(request));
        var retried = ResultAssert.Ok(await fixture.Gateway.CreateSeriesAsync(request));

        Assert.NotNull(first.ChatThreadId);
        Assert.Equal(first, retried);
    }

    [Fact]
    public async Task Without_the_OnlineMeetings_role_in_the_token_scheduling_succeeds_without_a_thread()
    {
        fixture.Emulator.Permissions.GrantGraphRoles(Mentoring.M365Emulator.DemoDirectory.ApiClientId, ["Calendars.ReadWrite", "User.Read.All"]);
        var gateway = fixture.Services([]).GetRequiredService<ICalendarGateway>(); // a new token cache: the token carries the new grant
        fixture.Emulator.Log.Clear();

        var created = ResultAssert.Ok(await gateway.CreateSeriesAsync(Series.Request(Series.Biweekly())));

        Assert.Null(created.ChatThreadId);
        Assert.StartsWith("https://teams.microsoft.com/l/meetup-join/", created.JoinUrl);
        Assert.Contains(fixture.Emulator.Log.Entries, e => e.Status == 403 && e.PathAndQuery.Contains("/onlineMeetings", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_the_onlineMeetings_grant_scheduling_succeeds_without_a_thread_and_warns_once()
    {
        var logger = new CapturingLogger();
        var gateway = fixture.Services([], s => s.AddLogging(b => b.AddProvider(logger))).GetRequiredService<ICalendarGateway>();
        fixture.Emulator.Permissions.DenyOnlineMeetings = true;

        var first = ResultAssert.Ok(await gateway.CreateSeriesAsync(Series.Request(Series.Biweekly())));
        var second = ResultAssert.Ok(await gateway.CreateSeriesAsync(Series.Request(Series.Biweekly())));

        Assert.Null(first.ChatThreadId);
        Assert.Null(second.ChatThreadId);
        Assert.StartsWith("https://teams.microsoft.com/l/meetup-join/", first.JoinUrl);
        Assert.Contains(fixture.Emulator.Log.Entries, e => e.Status == 403 && e.PathAndQuery.Contains("/onlineMeetings", StringComparison.Ordinal));
        var warning = Assert.Single(logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("403", warning.Message, StringComparison.Ordinal);
        Assert.Contains("OnlineMeetings.Read.All", warning.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        fixture.Emulator.Permissions.Reset();
        fixture.Emulator.Faults.Reset();
    }
}
