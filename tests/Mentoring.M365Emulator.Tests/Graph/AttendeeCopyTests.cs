using System.Net;
using System.Text.Json;

namespace Mentoring.M365Emulator.Tests.Graph;

/// <summary>Exchange as it behaves for attendees: their own copy, their own response, meeting messages on every organizer change.</summary>
public sealed class AttendeeCopyTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private const string Window = "startDateTime=2026-03-01T00:00:00Z&endDateTime=2026-05-01T00:00:00Z";
    private readonly GraphClient _graph = new(fixture.Http);

    [Fact]
    public async Task An_attendee_has_their_own_ids_and_response_and_the_organizer_reads_the_response()
    {
        var created = await CreateAsync();
        var organizerId = created.GetProperty("id").GetString()!;
        var copy = Assert.Single(await HugoCopiesAsync(created));
        var copyId = copy.GetProperty("id").GetString()!;

        Assert.NotEqual(organizerId, copyId);
        Assert.Equal(created.GetProperty("iCalUId").GetString(), copy.GetProperty("iCalUId").GetString());
        Assert.False(copy.GetProperty("isOrganizer").GetBoolean());
        using (var byOrganizerId = await _graph.SendAsync(HttpMethod.Get, $"users/{Seeds.Hugo.Id}/events/{organizerId}"))
            Assert.Equal(HttpStatusCode.NotFound, byOrganizerId.StatusCode);
        var hugoInstances = await _graph.JsonAsync(HttpMethod.Get, $"users/{Seeds.Hugo.Id}/events/{copyId}/instances?{Window}");
        Assert.All(hugoInstances.GetProperty("value").EnumerateArray(), i => Assert.StartsWith(copyId + "_", i.GetProperty("id").GetString()));

        using var accepted = await _graph.SendAsync(HttpMethod.Post, $"users/{Seeds.Hugo.Id}/events/{copyId}/tentativelyAccept", """{"comment":"Sans doute","sendResponse":true}""");
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        using var organizerAnswers = await _graph.SendAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/events/{organizerId}/accept", "{}");
        Assert.Equal(HttpStatusCode.BadRequest, organizerAnswers.StatusCode);

        var seenByOrganizer = await _graph.JsonAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/events/{organizerId}");
        var hugo = seenByOrganizer.GetProperty("attendees").EnumerateArray().Single();
        Assert.Equal("tentativelyAccepted", hugo.GetProperty("status").GetProperty("response").GetString());
        Assert.Equal("organizer", seenByOrganizer.GetProperty("responseStatus").GetProperty("response").GetString());
        var seenByHugo = await _graph.JsonAsync(HttpMethod.Get, $"users/{Seeds.Hugo.Id}/events/{copyId}");
        Assert.Equal("tentativelyAccepted", seenByHugo.GetProperty("responseStatus").GetProperty("response").GetString());
    }

    [Fact]
    public async Task Each_organizer_change_of_body_time_or_recurrence_sends_one_update_per_attendee_and_attendees_only_to_who_changed()
    {
        var created = await CreateAsync();
        var id = created.GetProperty("id").GetString()!;
        var occurrence = (await InstancesAsync(Seeds.Camille.Id, id))[1].GetProperty("id").GetString()!;

        await PatchAsync(id, """{"body":{"contentType":"html","content":"<p>v2</p>"}}""");
        await PatchAsync(occurrence, """{"start":{"dateTime":"2026-03-19T17:00:00","timeZone":"Europe/Paris"},"end":{"dateTime":"2026-03-19T18:00:00","timeZone":"Europe/Paris"}}""");
        await PatchAsync(id, """{"categories":["Mentorat"]}""");    // not something attendees see: no update
        var attendees = new[] { Seeds.Hugo, Seeds.Emilie }.Select(u => new { emailAddress = new { address = u.UserPrincipalName } });
        await PatchAsync(id, JsonSerializer.Serialize(new { attendees }));

        var hugo = MessagesOf(Seeds.Hugo.Id, created);
        Assert.Equal(["newMeetingRequest", "fullUpdate", "fullUpdate"], hugo.Select(m => m.RequestType));
        Assert.Equal(["body"], hugo[1].Changed);
        Assert.NotNull(hugo[2].OriginalStartUtc);                         // the update of one session names it
        Assert.StartsWith(Assert.Single(await HugoCopiesAsync(created)).GetProperty("id").GetString()!, hugo[2].EventId);
        Assert.Equal(["newMeetingRequest"], MessagesOf(Seeds.Emilie.Id, created).Select(m => m.RequestType));
    }

    [Fact]
    public async Task An_attachment_added_after_the_body_changed_reaches_attendees_only_with_the_next_update()
    {
        var created = await CreateAsync();
        var id = created.GetProperty("id").GetString()!;
        var copyId = Assert.Single(await HugoCopiesAsync(created)).GetProperty("id").GetString()!;

        await PatchAsync(id, """{"body":{"contentType":"html","content":"<p>Ordre du jour prêt</p>"}}""");
        await _graph.JsonAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/events/{id}/attachments",
            """{"@odata.type":"#microsoft.graph.fileAttachment","name":"odj.html","contentType":"text/html","contentBytes":"PHA+eDwvcD4="}""");

        Assert.Empty((await _graph.JsonAsync(HttpMethod.Get, $"users/{Seeds.Hugo.Id}/events/{copyId}/attachments")).GetProperty("value").EnumerateArray());
        Assert.Single((await _graph.JsonAsync(HttpMethod.Get, $"users/{Seeds.Camille.Id}/events/{id}/attachments")).GetProperty("value").EnumerateArray());
        Assert.Empty(MessagesOf(Seeds.Hugo.Id, created)[^1].Attachments);

        await PatchAsync(id, """{"body":{"contentType":"html","content":"<p>Ordre du jour complété</p>"}}""");
        Assert.Single((await _graph.JsonAsync(HttpMethod.Get, $"users/{Seeds.Hugo.Id}/events/{copyId}/attachments")).GetProperty("value").EnumerateArray());
        Assert.Equal(["odj.html"], MessagesOf(Seeds.Hugo.Id, created)[^1].Attachments);
    }

    [Fact]
    public async Task Changing_the_recurrence_or_the_start_of_a_series_discards_its_moved_and_cancelled_occurrences()
    {
        foreach (var reshape in new[]
        {
            """{"recurrence":{"pattern":{"type":"weekly","interval":1,"daysOfWeek":["thursday"]},"range":{"type":"numbered","startDate":"2026-03-05","numberOfOccurrences":20}}}""",
            """{"start":{"dateTime":"2026-03-05T17:30:00","timeZone":"Europe/Paris"},"end":{"dateTime":"2026-03-05T18:30:00","timeZone":"Europe/Paris"}}""",
        })
        {
            var id = (await CreateAsync()).GetProperty("id").GetString()!;
            var before = await InstancesAsync(Seeds.Camille.Id, id);
            await PatchAsync(before[1].GetProperty("id").GetString()!,
                """{"body":{"contentType":"html","content":"<p>Séance spéciale</p>"},"start":{"dateTime":"2026-03-20T10:00:00","timeZone":"Europe/Paris"},"end":{"dateTime":"2026-03-20T11:00:00","timeZone":"Europe/Paris"}}""");
            using (var cancel = await _graph.SendAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/events/{before[2].GetProperty("id").GetString()}/cancel", "{}"))
                Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);
            Assert.Contains(await InstancesAsync(Seeds.Camille.Id, id), i => i.GetProperty("type").GetString() == "exception");

            await PatchAsync(id, reshape);

            var after = await InstancesAsync(Seeds.Camille.Id, id);
            Assert.All(after, i => Assert.Equal("occurrence", i.GetProperty("type").GetString()));
            Assert.Contains(after, i => i.GetProperty("originalStart").GetString() == before[2].GetProperty("originalStart").GetString()
                || i.GetProperty("start").GetProperty("dateTime").GetString()!.StartsWith("2026-04-02", StringComparison.Ordinal));
        }
    }

    private async Task<JsonElement> CreateAsync() =>
        await _graph.JsonAsync(HttpMethod.Post, $"users/{Seeds.Camille.Id}/events", Seeds.BiweeklyParis(Seeds.Hugo.UserPrincipalName));

    private async Task<List<JsonElement>> HugoCopiesAsync(JsonElement created)
    {
        var all = await _graph.JsonAsync(HttpMethod.Get, $"users/{Seeds.Hugo.Id}/events?$top=999");
        return [.. all.GetProperty("value").EnumerateArray().Where(e => e.GetProperty("iCalUId").GetString() == created.GetProperty("iCalUId").GetString())];
    }

    private async Task<List<JsonElement>> InstancesAsync(Guid mailbox, string id) =>
        [.. (await _graph.JsonAsync(HttpMethod.Get, $"users/{mailbox}/events/{id}/instances?{Window}")).GetProperty("value").EnumerateArray()];

    private async Task PatchAsync(string id, string json) => await _graph.JsonAsync(HttpMethod.Patch, $"users/{Seeds.Camille.Id}/events/{id}", json);

    private List<global::Mentoring.M365Emulator.Graph.Events.MeetingMessage> MessagesOf(Guid attendee, JsonElement created) =>
        [.. fixture.Emulator.MeetingMail.For(attendee).Where(m => m.ICalUId == created.GetProperty("iCalUId").GetString())];
}
