using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mentoring.LocalHost;
using Mentoring.M365Emulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using static Mentoring.Api.Tests.Agendas.AgendaApi;

namespace Mentoring.Api.Tests.Telemetry;

/// <summary>A session of the API as the demo people, recorded by the local telemetry sink: no name, email or join URL in it.</summary>
public sealed class TelemetryTests(TelemetryHostFixture fixture) : IClassFixture<TelemetryHostFixture>
{
    [Fact]
    public async Task A_session_of_searches_circles_meetings_agendas_and_privacy_calls_records_no_name_email_or_join_url()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        foreach (var text in new[] { Users.Hugo.DisplayName, Users.Camille.Email, Users.Chloe.DisplayName, "Nico" })
        {
            Assert.Equal(HttpStatusCode.OK, (await lea.GetAsync($"people?search={Uri.EscapeDataString(text)}")).StatusCode);
        }

        var body = Circles.PeerGroup(Users.Lea, Users.Nicolas, Users.Chloe);
        body["cadence"]!["firstDate"] = DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime).AddDays(7).ToString("yyyy-MM-dd");
        var circle = (await Circles.CreateAsync(lea, body))["id"]!.GetValue<string>();
        var scheduled = await lea.PostAsync($"circles/{circle}/series", null);
        Assert.True(scheduled.IsSuccessStatusCode, await scheduled.Content.ReadAsStringAsync());
        var series = (await lea.GetFromJsonAsync<JsonObject>($"circles/{circle}/sessions"))!;
        var joinUrl = series["joinUrl"]!.GetValue<string>();
        var session = Id(series["sessions"]!.AsArray()[0]);
        Assert.True((await lea.GetAsync($"meetings?joinUrl={Uri.EscapeDataString(joinUrl)}")).IsSuccessStatusCode);
        Assert.True((await nicolas.GetAsync($"meetings/{Uri.EscapeDataString(series["chatThreadId"]!.GetValue<string>())}")).IsSuccessStatusCode);
        await AddedItemAsync(nicolas, circle, session, "question", $"Question pour {Users.Lea.DisplayName}");
        Assert.True((await nicolas.GetAsync($"circles/{circle}/sessions/{session}/agenda")).IsSuccessStatusCode);
        Assert.True((await lea.GetAsync("me/export")).IsSuccessStatusCode);
        Assert.True((await lea.GetAsync("me/privacy")).IsSuccessStatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await lea.GetAsync($"people?search={Uri.EscapeDataString(new string('x', 101))}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lea.GetAsync($"circles/{Guid.NewGuid()}")).StatusCode);
        Assert.True((await fixture.Host.RunTimerAsync("LeaversTimer")));

        var records = fixture.Sink.Records;
        Assert.NotEmpty(records);
        string[] needles = [.. DemoDirectory.Users.SelectMany(u => Forms(u.DisplayName, u.Email, u.UserPrincipalName)), .. Forms(joinUrl)];
        Assert.DoesNotContain(records, r => needles.Any(n => r.Contains(n, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>As written, as a URL escapes it, and as JSON escapes it.</summary>
    private static IEnumerable<string> Forms(params string[] texts) =>
        texts.SelectMany(t => new[] { t, Uri.EscapeDataString(t), JsonEncodedText.Encode(t).ToString() }).Distinct();
}

/// <summary>A local host whose logging also goes to a <see cref="TelemetrySink"/>.</summary>
public sealed class TelemetryHostFixture : IAsyncLifetime
{
    public FakeTimeProvider Clock { get; } = TestClock.New();

    public TelemetrySink Sink { get; } = new();

    public LocalHostApp Host { get; private set; } = null!;

    public Users Users { get; private set; } = null!;

    public async Task InitializeAsync() => (Host, Users) = await TestHost.StartAsync(TestHost.Prefix("tel"), Clock, settings => settings with
    {
        ConfigureServices = services => services.AddSingleton<ILoggerProvider>(Sink),
    });

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
