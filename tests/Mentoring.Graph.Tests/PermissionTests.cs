using Mentoring.Core.Common;
using Mentoring.Core.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Graph.Tests;

/// <summary>A tenant whose admin has not granted the calendar permission gets a clear, retryable error, not a crash.</summary>
[Collection(GraphCollection.Name)]
public sealed class PermissionTests(GraphFixture fixture) : IDisposable
{
    [Fact]
    public async Task Without_Calendars_ReadWrite_creating_a_series_is_unavailable_until_the_admin_grants_it()
    {
        fixture.Emulator.Permissions.GrantGraphRoles(Mentoring.M365Emulator.DemoDirectory.ApiClientId, ["User.Read.All", "OnlineMeetings.Read.All"]);
        var gateway = fixture.Services([]).GetRequiredService<ICalendarGateway>(); // a new token cache: the token carries the new grant
        fixture.Emulator.Log.Clear();

        var refused = await gateway.CreateSeriesAsync(Series.Request(Series.Biweekly()));

        var error = Assert.Single(refused.Errors);
        // Exchange answers a missing Calendars.ReadWrite with ErrorAccessDenied, as it does a mailbox outside an application access
        // policy: either way the mailbox refuses the app, and the timer's bounded retries apply (Core CalendarAccessDenied).
        Assert.Equal((ErrorKind.Unavailable, CalendarAccessDenied.Code), (error.Kind, error.Code));
        Assert.Equal(3600, error.Args!["retryAfterSeconds"]);
        Assert.Contains(fixture.Emulator.Log.Entries, e => e.Status == 403 && e.PathAndQuery.Contains("/events", StringComparison.Ordinal));
        Assert.DoesNotContain(fixture.Emulator.Log.Entries, e => e.Status is >= 200 and < 300 && e.Method == "POST");
    }

    public void Dispose() => fixture.Emulator.Permissions.Reset();
}
