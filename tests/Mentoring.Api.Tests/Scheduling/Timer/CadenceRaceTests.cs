using System.Globalization;
using System.Net;
using System.Net.Http.Json;

namespace Mentoring.Api.Tests.Scheduling.Timer;

/// <summary>
/// A cadence change patches the calendar, re-applies the sessions changed one by one, then saves: a visit of the timer in between
/// (or a change notification's) reads the old cadence, and must not patch the series back to it.
/// </summary>
[Collection(TimerHostCollection.Name)]
public sealed class CadenceRaceTests(TimerHostFixture fixture) : IDisposable
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private readonly GraphProbe graph = new(fixture.Host);

    public void Dispose() => fixture.Faults.Reset();

    [Fact]
    public async Task A_timer_run_in_the_middle_of_a_cadence_change_leaves_the_new_time_in_outlook()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var (id, master) = await Scheduled.PeerGroupAsync(lea);
        var timerRan = false;
        fixture.Faults.OnNextCadencePatch(async () => timerRan = await fixture.Host.RunTimerAsync("SchedulingTimer"));

        var response = await lea.PatchAsJsonAsync($"circles/{id}/series", new { firstDate = Circles.NextWeek(), startTime = "19:00", timeZone = "Europe/Paris" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(timerRan);
        Assert.All(await StartsInParisAsync(master), start => Assert.Equal(new TimeOnly(19, 0), start));
        Assert.True(await fixture.Host.RunTimerAsync("SchedulingTimer"));
        Assert.All(await StartsInParisAsync(master), start => Assert.Equal(new TimeOnly(19, 0), start));
    }

    private async Task<TimeOnly[]> StartsInParisAsync(string master) =>
        [.. (await graph.InstancesAsync(Users.Lea, master)).Select(i => TimeOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(
            DateTime.Parse(i["start"]!["dateTime"]!.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), Paris)))];
}
