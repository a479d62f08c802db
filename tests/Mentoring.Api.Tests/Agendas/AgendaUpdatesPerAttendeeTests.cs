using System.Globalization;
using System.Text.Json.Nodes;
using Mentoring.Api.Tests.Scheduling;
using Mentoring.Core.Agendas;
using Microsoft.Extensions.DependencyInjection;
using static Mentoring.Api.Tests.Agendas.AgendaApi;

namespace Mentoring.Api.Tests.Agendas;

/// <summary>What members' inboxes get from agenda publishing: Exchange sends every attendee an update per body change.</summary>
[Collection(AgendaHostCollection.Name)]
public sealed class AgendaUpdatesPerAttendeeTests(AgendaHostFixture fixture)
{
    [Fact]
    public async Task A_month_of_edits_by_every_member_sends_each_attendee_at_most_two_updates_per_session_the_last_carrying_the_agenda_file()
    {
        var graph = new GraphProbe(fixture.Host);
        var members = new[] { Users.Lea, Users.Nicolas, Users.Chloe, Users.Camille };
        var clients = new List<HttpClient>();
        foreach (var m in members)
        {
            clients.Add(await fixture.Users.AsAsync(m));
        }

        try
        {
            var (circle, sessions) = await fixture.ScheduledPeerGroupAsync(clients[0], members);
            var master = (await clients[0].GetStringAsync($"circles/{circle}/sessions")).Split("\"seriesMasterId\":\"")[1].Split('"')[0];
            var iCalUId = (await graph.GetAsync(Users.Lea, $"events/{master}"))["iCalUId"]!.GetValue<string>();
            var end = fixture.Clock.GetUtcNow().AddDays(30);
            var queue = fixture.Host.Services.GetRequiredService<IAgendaPublishQueue>();
            for (var edit = 0; fixture.Clock.GetUtcNow() < end; edit++)
            {
                if (Next(sessions) is { } next)
                {
                    (await AddItemAsync(clients[edit % members.Length], circle, Id(next), "topic", $"Sujet {edit}")).EnsureSuccessStatusCode();
                }

                // The timer runs every 5 minutes; between two edits 8 hours apart it has work only when a mark falls due.
                var nextEdit = fixture.Clock.GetUtcNow().AddHours(8);
                for (var runs = 0; runs < 10 && (await queue.DueAsync(nextEdit)).Where(d => d.Circle.Value.ToString() == circle).Select(d => d.Due).DefaultIfEmpty(DateTimeOffset.MaxValue).Min() is var due
                    && due <= nextEdit; runs++)
                {
                    if (due > fixture.Clock.GetUtcNow())
                    {
                        fixture.Clock.SetUtcNow(due);
                    }

                    Assert.True(await fixture.Host.RunTimerAsync("AgendaPublishTimer"));
                }

                fixture.Clock.SetUtcNow(nextEdit);
            }

            foreach (var attendee in members.Skip(1))
            {
                var messages = fixture.Host.Emulator.MeetingMail.For(attendee.Id).Where(m => m.ICalUId == iCalUId && m.IsUpdate).ToList();
                Assert.DoesNotContain(messages, m => m.OriginalStartUtc is null);   // no update of the whole series
                var perSession = messages.GroupBy(m => m.OriginalStartUtc!.Value).ToList();
                Assert.All(perSession, s => Assert.InRange(s.Count(), 1, AgendaSettings.MaxUpdates));
                Assert.All(perSession, s => Assert.Equal([AgendaHtml.FileName], s.Last().Attachments));   // the file rides with the final update
                Assert.True(perSession.Count >= 2, $"{attendee.UserPrincipalName}: updates for {perSession.Count} sessions");
            }
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }

        JsonNode? Next(JsonArray all) => all.FirstOrDefault(s => Start(s) > fixture.Clock.GetUtcNow().AddHours(2));
    }

    private static DateTimeOffset Start(JsonNode? session) => DateTimeOffset.Parse(session!["start"]!.GetValue<string>(), CultureInfo.InvariantCulture);
}
