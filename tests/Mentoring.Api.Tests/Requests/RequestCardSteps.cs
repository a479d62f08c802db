using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Api.Tests.Matching;
using Mentoring.M365Emulator;

namespace Mentoring.Api.Tests.Requests;

/// <summary>Steps the request card tests share: send a request, read a card's texts, wait for the chat.</summary>
internal static class RequestCardSteps
{
    /// <summary>Sends a request from <paramref name="mentee"/> (given a mentee's profile) to <paramref name="mentor"/> (given a mentor's profile); returns its id.</summary>
    public static async Task<string> SendRequestAsync(this RequestCardHostFixture fixture, HttpClient mentee, DemoUser mentor, string message, string? key = null, bool mentorProfile = true)
    {
        await Profiles.PutAsync(mentee, Profiles.Mentee());
        if (mentorProfile)
        {
            using var asMentor = await fixture.Users.AsAsync(mentor);
            await Profiles.PutAsync(asMentor, Profiles.Mentor(capacity: 5));
            await Profiles.CountMenteesAsync(fixture.Host, mentor, 0);   // the count is the server's: each step starts from none
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "mentor-requests") { Content = JsonContent.Create(new JsonObject { ["mentor"] = mentor.Id.ToString(), ["message"] = message }) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        using var response = await mentee.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    public static string[] Ids(JsonArray? list) => [.. list!.Select(r => r!["id"]!.GetValue<string>())];

    /// <summary>Each body element's text; a fact set as "title = value" lines.</summary>
    public static string[] Texts(JsonObject card) =>
        [.. card["body"]!.AsArray().OfType<JsonObject>().SelectMany(n => n["text"] is { } text
            ? [text.GetValue<string>()]
            : n["facts"]?.AsArray().Select(f => $"{f!["title"]!.GetValue<string>()} = {f["value"]!.GetValue<string>()}") ?? [])];

    public static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!condition())
        {
            await Task.Delay(50, limit.Token);
        }
    }
}
