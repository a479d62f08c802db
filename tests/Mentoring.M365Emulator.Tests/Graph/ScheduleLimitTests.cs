using System.Net;
using System.Text.Json;

namespace Mentoring.M365Emulator.Tests.Graph;

/// <summary>getSchedule's limits: 20 schedules, 62 days, the caller's own organization.</summary>
public sealed class ScheduleLimitTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly GraphClient _graph = new(fixture.Http);

    [Fact]
    public async Task Twenty_one_schedules_are_refused_and_twenty_are_served()
    {
        var twenty = Enumerable.Range(0, 20).Select(i => $"nobody{i}@contoso.example").ToArray();

        using var refused = await ScheduleAsync([.. twenty, Seeds.Hugo.UserPrincipalName], days: 1);
        using var served = await ScheduleAsync(twenty, days: 1);

        Assert.Equal(("ErrorMailboxDataArrayTooBig", "There are too many target users in the EmailAddress array. The allowed size = 20; the actual size = 21."),
            await ErrorAsync(refused, HttpStatusCode.BadRequest));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }

    [Fact]
    public async Task A_window_of_63_days_is_refused_and_62_days_are_served()
    {
        using var refused = await ScheduleAsync([Seeds.Hugo.UserPrincipalName], days: 63);
        using var served = await ScheduleAsync([Seeds.Hugo.UserPrincipalName], days: 62);

        var (code, message) = await ErrorAsync(refused, HttpStatusCode.BadRequest);
        Assert.Equal("ErrorTimeIntervalTooBig", code);
        Assert.EndsWith("The allowed limit = 62 days; the actual limit = 63 days.", message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
    }

    [Fact]
    public async Task A_person_of_another_tenant_gets_an_unresolved_address_error_and_no_free_busy()
    {
        var alex = DemoDirectory.Find("alex.johnson@fabrikam.example")!;

        using var response = await ScheduleAsync([alex.UserPrincipalName, Seeds.Hugo.UserPrincipalName], days: 1);

        var value = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("value");
        var other = value[0];
        Assert.Equal("5009", other.GetProperty("error").GetProperty("responseCode").GetString());
        Assert.False(other.TryGetProperty("availabilityView", out _));
        Assert.True(value[1].TryGetProperty("availabilityView", out _));
    }

    private Task<HttpResponseMessage> ScheduleAsync(string[] schedules, int days)
    {
        var start = new DateTime(2026, 3, 2, 0, 0, 0, DateTimeKind.Utc);
        var body = JsonSerializer.Serialize(new
        {
            schedules,
            startTime = new { dateTime = start.ToString("s"), timeZone = "UTC" },
            endTime = new { dateTime = start.AddDays(days).ToString("s"), timeZone = "UTC" },
            availabilityViewInterval = 60,
        });
        return _graph.SendAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/calendar/getSchedule", body);
    }

    private static async Task<(string Code, string Message)> ErrorAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error");
        return (error.GetProperty("code").GetString()!, error.GetProperty("message").GetString()!);
    }
}
