using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Mentoring.Api.Tests.Scheduling;

/// <summary>Exchange places occurrences with Windows time zone data, which may differ from the tz database the product uses.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class WindowsZoneDataTests(LocalHostFixture fixture)
{
    [Fact]
    public async Task When_exchange_places_sessions_an_hour_off_the_timer_keeps_every_session_and_writes_nothing_to_graph_in_two_runs()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var id = (await Circles.CreateAsync(lea, Circles.PeerGroup(Users.Lea, Users.Nicolas, Users.Chloe)))["id"]!.GetValue<string>();
        var series = (await (await lea.PostAsync($"circles/{id}/series", null)).Content.ReadFromJsonAsync<JsonObject>())!;
        var before = series["sessions"]!.AsArray().Select(s => (Id: s!["id"]!.GetValue<string>(), Start: s["start"]!.GetValue<DateTimeOffset>())).ToList();

        // Windows data an hour ahead of tzdb for Paris over the first sessions (as when a DST rule changes in one before the other).
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var from = before[0].Start.UtcDateTime.AddDays(-1);
        fixture.Host.Emulator.ZoneRules.Override("Europe/Paris", from, from.AddDays(40), paris.GetUtcOffset(before[0].Start) + TimeSpan.FromHours(1));
        try
        {
            var log = fixture.Host.Emulator.Log;
            log.Clear();
            Assert.True(await fixture.Host.RunTimerAsync("SchedulingTimer"));
            Assert.True(await fixture.Host.RunTimerAsync("SchedulingTimer"));

            Assert.DoesNotContain(log.Entries, e => e.Method != "GET" && e.PathAndQuery.Contains("/events", StringComparison.Ordinal));
            var after = (await lea.GetFromJsonAsync<JsonObject>($"circles/{id}/sessions"))!["sessions"]!.AsArray();
            Assert.Equal(before.Select(s => s.Id), after.Select(s => s!["id"]!.GetValue<string>()));
            Assert.DoesNotContain(after, s => s!["state"]!.GetValue<string>() == "cancelled");
            Assert.Equal(before[0].Start.AddHours(-1), after[0]!["start"]!.GetValue<DateTimeOffset>());   // what Outlook shows, an hour earlier
        }
        finally
        {
            fixture.Host.Emulator.ZoneRules.Clear();
        }
    }
}
