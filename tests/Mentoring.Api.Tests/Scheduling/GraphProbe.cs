using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mentoring.LocalHost;
using Mentoring.M365Emulator;

namespace Mentoring.Api.Tests.Scheduling;

/// <summary>Looks at, and acts on, the emulator's Graph directly, as Outlook would: what the product created, and changes made behind its back.</summary>
public sealed class GraphProbe(LocalHostApp host)
{
    public async Task<JsonObject[]> EventsOfAsync(DemoUser organizer, string subjectPart)
    {
        using var graph = await ClientAsync(organizer.TenantId);
        var events = await AllAsync(graph, $"users/{organizer.Id}/events");
        return [.. events.Where(e => e["subject"]!.GetValue<string>().Contains(subjectPart, StringComparison.Ordinal))];
    }

    /// <summary>Every event in a person's calendar (series masters with their attendees, single events), as raw JSON.</summary>
    public async Task<string> CalendarTextAsync(DemoUser user)
    {
        using var graph = await ClientAsync(user.TenantId);
        return string.Join("\n", (await AllAsync(graph, $"users/{user.Id}/events")).Select(e => e.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })));
    }

    /// <summary>Moves one occurrence, as a member dragging it in Outlook.</summary>
    public async Task MoveAsync(DemoUser organizer, string occurrenceId, DateTimeOffset newStart, TimeSpan duration)
    {
        using var graph = await ClientAsync(organizer.TenantId);
        var body = new
        {
            start = new { dateTime = newStart.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss"), timeZone = "UTC" },
            end = new { dateTime = (newStart + duration).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss"), timeZone = "UTC" },
        };
        (await graph.PatchAsJsonAsync($"users/{organizer.Id}/events/{occurrenceId}", body)).EnsureSuccessStatusCode();
    }

    /// <summary>Replaces an event's body, as the organizer editing the invitation in Outlook.</summary>
    public async Task PatchBodyAsync(DemoUser organizer, string eventId, string html)
    {
        using var graph = await ClientAsync(organizer.TenantId);
        var body = new { body = new { contentType = "html", content = html } };
        (await graph.PatchAsJsonAsync($"users/{organizer.Id}/events/{eventId}", body)).EnsureSuccessStatusCode();
    }

    /// <summary>Cancels one occurrence, as the organizer in Outlook.</summary>
    public async Task CancelAsync(DemoUser organizer, string occurrenceId)
    {
        using var graph = await ClientAsync(organizer.TenantId);
        (await graph.PostAsJsonAsync($"users/{organizer.Id}/events/{occurrenceId}/cancel", new { comment = "Empêchement" })).EnsureSuccessStatusCode();
    }

    public async Task<JsonObject[]> InstancesAsync(DemoUser organizer, string seriesId)
    {
        using var graph = await ClientAsync(organizer.TenantId);
        var url = $"users/{organizer.Id}/events/{seriesId}/instances?startDateTime=2026-01-01T00:00:00Z&endDateTime=2030-01-01T00:00:00Z";
        return await AllAsync(graph, url);
    }

    /// <summary>Every item of a collection: Outlook serves 10 a page and links to the next.</summary>
    private static async Task<JsonObject[]> AllAsync(HttpClient graph, string url)
    {
        var items = new List<JsonObject>();
        for (string? next = url; next is not null;)
        {
            var page = (await graph.GetFromJsonAsync<JsonObject>(next))!;
            items.AddRange(page["value"]!.AsArray().Select(e => e!.AsObject()));
            next = page["@odata.nextLink"]?.GetValue<string>();
        }

        return [.. items];
    }

    /// <summary>The email addresses of a series' attendees, as its organizer's calendar has them.</summary>
    public async Task<string[]> AttendeesAsync(DemoUser organizer, string seriesId)
    {
        using var graph = await ClientAsync(organizer.TenantId);
        var master = await graph.GetFromJsonAsync<JsonObject>($"users/{organizer.Id}/events/{seriesId}");
        return [.. master!["attendees"]!.AsArray().Select(a => a!["emailAddress"]!["address"]!.GetValue<string>()).Order()];
    }

    /// <summary>The requests Graph answered with a success, of one method, on exactly this event (not its occurrences).</summary>
    public int Succeeded(string method, string eventPath) =>
        host.Emulator.Log.Entries.Count(e => e.Method == method && e.Status is >= 200 and < 300 && e.PathAndQuery.Split('?')[0].EndsWith(eventPath, StringComparison.Ordinal));

    /// <summary>Deletes an event (the whole series when given its master), as the organizer in Outlook.</summary>
    public async Task DeleteAsync(DemoUser organizer, string eventId)
    {
        using var graph = await ClientAsync(organizer.TenantId);
        (await graph.DeleteAsync($"users/{organizer.Id}/events/{eventId}")).EnsureSuccessStatusCode();
    }

    /// <summary>Cuts a series down to its first <paramref name="occurrences"/> sessions, as the organizer editing the series in Outlook.</summary>
    public async Task ShortenSeriesAsync(DemoUser organizer, string masterId, int occurrences)
    {
        using var graph = await ClientAsync(organizer.TenantId);
        var master = await graph.GetFromJsonAsync<JsonObject>($"users/{organizer.Id}/events/{masterId}");
        var recurrence = master!["recurrence"]!.DeepClone().AsObject();
        recurrence["range"]!["type"] = "numbered";
        recurrence["range"]!["numberOfOccurrences"] = occurrences;
        (await graph.PatchAsJsonAsync($"users/{organizer.Id}/events/{masterId}", new JsonObject { ["recurrence"] = recurrence })).EnsureSuccessStatusCode();
    }

    /// <summary>Any Graph read, as the app in the organizer's tenant.</summary>
    public async Task<JsonObject> GetAsync(DemoUser organizer, string path)
    {
        using var graph = await ClientAsync(organizer.TenantId);
        return (await graph.GetFromJsonAsync<JsonObject>($"users/{organizer.Id}/{path}"))!;
    }

    /// <summary>Creates an event in the organizer's calendar as Outlook does when they send it; returns its id.</summary>
    public async Task<string> CreateEventAsync(DemoUser organizer, JsonObject body)
    {
        using var graph = await ClientAsync(organizer.TenantId);
        var response = await graph.PostAsJsonAsync($"users/{organizer.Id}/events", body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    private async Task<HttpClient> ClientAsync(Guid tenant)
    {
        using var tokens = new HttpClient();
        var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = DemoDirectory.ApiClientId,
            ["client_secret"] = "test-probe",
            ["scope"] = "https://graph.microsoft.com/.default",
        });
        var response = await tokens.PostAsync(new Uri(host.Emulator.BaseUri, $"{tenant}/oauth2/v2.0/token"), form);
        response.EnsureSuccessStatusCode();
        var token = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString();
        // The probe is the app (its token, its Outlook concurrency of 4 shared with the product's own reads): it waits and asks
        // again when Graph says so, as every Graph client must.
        var client = new HttpClient(new ThrottledRetry(new HttpClientHandler())) { BaseAddress = new Uri(host.Emulator.GraphBaseUri + "/") };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Sends again, after Graph's Retry-After, a request answered 429 (bounded: a test never loops forever).</summary>
    private sealed class ThrottledRetry(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
            for (var attempt = 1; ; attempt++)
            {
                var response = await base.SendAsync(request, cancellationToken);
                if ((int)response.StatusCode != 429 || attempt == 20)
                {
                    return response;
                }

                var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
                response.Dispose();
                await Task.Delay(wait, cancellationToken);
                request = Copy(request, body);
            }
        }

        private static HttpRequestMessage Copy(HttpRequestMessage request, byte[]? body)
        {
            var copy = new HttpRequestMessage(request.Method, request.RequestUri);
            foreach (var header in request.Headers)
            {
                copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            if (body is not null)
            {
                copy.Content = new ByteArrayContent(body);
                foreach (var header in request.Content!.Headers)
                {
                    copy.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }
            }

            return copy;
        }
    }
}
