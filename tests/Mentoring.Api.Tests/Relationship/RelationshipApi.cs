using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.M365Emulator;

namespace Mentoring.Api.Tests.Relationship;

/// <summary>Agreements and pulses through the API, as the tab sends them.</summary>
internal static class RelationshipApi
{
    public static JsonObject Terms(int months = 6, string? rules = null, bool confidential = true) => new()
    {
        ["frequency"] = "monthly",
        ["durationMonths"] = months,
        ["communication"] = "Messages Teams, réponse sous 48 h",
        ["rules"] = rules,
        ["confidential"] = confidential,
    };

    /// <summary>A mentorship both said yes to (as an accepted request makes one), created at the fixture's clock.</summary>
    public static async Task<string> MentorshipAsync(Agendas.AgendaHostFixture fixture, HttpClient mentorClient, DemoUser mentor, DemoUser mentee)
    {
        var body = Circles.Mentorship(mentor, mentee);
        body["cadence"]!["firstDate"] = DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime).AddDays(7).ToString("yyyy-MM-dd");
        return (await Circles.CreateAsync(mentorClient, body))["id"]!.GetValue<string>();
    }

    public static Task<HttpResponseMessage> WriteAsync(HttpClient client, string circle, JsonObject terms) =>
        client.PutAsJsonAsync($"circles/{circle}/agreement", terms);

    public static Task<HttpResponseMessage> ConfirmAsync(HttpClient client, string circle, int version) =>
        client.PostAsJsonAsync($"circles/{circle}/agreement/confirmations", new { version });

    public static async Task<JsonObject> AgreementAsync(HttpClient client, string circle) =>
        (await client.GetFromJsonAsync<JsonObject>($"circles/{circle}/agreement"))!;

    public static Task<HttpResponseMessage> AnswerAsync(HttpClient client, string circle, int useful, int working) =>
        client.PostAsJsonAsync($"circles/{circle}/pulse/answers", new { useful, working });

    public static async Task<JsonObject> PulseAsync(HttpClient client, string circle) =>
        (await client.GetFromJsonAsync<JsonObject>($"circles/{circle}/pulse"))!;

    public static string?[] ConfirmedAt(JsonObject agreement) =>
        [.. agreement["members"]!.AsArray().Select(m => m!["confirmedAt"]?.ToString())];
}
