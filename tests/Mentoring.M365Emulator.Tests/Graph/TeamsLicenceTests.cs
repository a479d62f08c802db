using System.Net.Http.Json;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions.Authentication;

namespace Mentoring.M365Emulator.Tests.Graph;

/// <summary>An organizer without a Teams licence still gets the event, created without its meeting, as Exchange does.</summary>
public sealed class TeamsLicenceTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>, IDisposable
{
    [Fact]
    public async Task An_online_meeting_asked_by_an_unlicensed_organizer_comes_back_offline_through_the_sdk()
    {
        using var put = await fixture.Http.PutAsJsonAsync("_emulator/permissions", new { withoutTeamsLicence = new[] { Seeds.Camille.UserPrincipalName } });
        var token = await TokenClient.AppTokenAsync(fixture.Http, DemoDirectory.ContosoTenantId);
        using var http = GraphClientFactory.Create();
        using var client = new GraphServiceClient(http, new BaseBearerTokenAuthenticationProvider(new StaticTokenProvider(token)),
            fixture.Emulator.GraphBaseUri.ToString());

        var created = await client.Users[Seeds.Camille.Id.ToString()].Events.PostAsync(new Event
        {
            Subject = "Sans Teams",
            Start = new DateTimeTimeZone { DateTime = "2026-03-05T18:00:00", TimeZone = "Europe/Paris" },
            End = new DateTimeTimeZone { DateTime = "2026-03-05T19:00:00", TimeZone = "Europe/Paris" },
            IsOnlineMeeting = true,
            OnlineMeetingProvider = OnlineMeetingProviderType.TeamsForBusiness,
        });
        var licensed = await client.Users[Seeds.Hugo.Id.ToString()].Events.PostAsync(new Event
        {
            Subject = "Avec Teams",
            Start = new DateTimeTimeZone { DateTime = "2026-03-05T18:00:00", TimeZone = "Europe/Paris" },
            End = new DateTimeTimeZone { DateTime = "2026-03-05T19:00:00", TimeZone = "Europe/Paris" },
            IsOnlineMeeting = true,
            OnlineMeetingProvider = OnlineMeetingProviderType.TeamsForBusiness,
        });

        Assert.False(created!.IsOnlineMeeting);
        Assert.Null(created.OnlineMeeting);
        Assert.NotNull(created.Id);
        Assert.True(licensed!.IsOnlineMeeting);
        Assert.NotNull(licensed.OnlineMeeting?.JoinUrl);
        Assert.Equal([Seeds.Camille.Id], fixture.Emulator.Permissions.WithoutTeamsLicence);
    }

    public void Dispose() => fixture.Emulator.Permissions.Reset();
}
