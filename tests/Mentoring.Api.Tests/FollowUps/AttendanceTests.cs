using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Core.Agendas;
using Mentoring.Core.Attendance;
using Mentoring.Core.Circles;
using Mentoring.Core.Delivery;
using Mentoring.M365Emulator;
using Microsoft.Extensions.DependencyInjection;
using static Mentoring.Api.Tests.FollowUps.FollowUpHostFixture;

namespace Mentoring.Api.Tests.FollowUps;

/// <summary>
/// Issue 24.3: after a session, the dispatch reads the Teams attendance report of the organizer's meeting (built by the emulator
/// from who joined and left, on the host's fixed clock), records it once, and each member's follow-up card pre-fills "attended".
/// </summary>
[Collection(FollowUpHostCollection.Name)]
public sealed partial class AttendanceTests(FollowUpHostFixture fixture)
{
    [Fact]
    public async Task Who_joined_and_left_is_recorded_once_after_the_session_and_pre_fills_each_card_and_the_progress()
    {
        var s = await GroupAsync([Users.Lea, Users.Nicolas, Users.Chloe], (meeting, start) =>
        {
            At(start.AddMinutes(1), () => fixture.Host.Emulator.Meetings.Join(meeting, Users.Lea));
            At(start.AddMinutes(3), () => fixture.Host.Emulator.Meetings.Join(meeting, Users.Nicolas));
            At(start.AddMinutes(33), () => fixture.Host.Emulator.Meetings.Leave(meeting, Users.Nicolas));
            At(start.AddMinutes(50), () => fixture.Host.Emulator.Meetings.Leave(meeting, Users.Lea));
        });

        await FanOutFollowUpsAsync(s);
        var reads = ReportRequests();
        await FanOutFollowUpsAsync(s); // a redelivered message: nothing read again, nothing written twice

        Assert.Equal(reads, ReportRequests());
        var lea = (await fixture.Cards.FollowUpAsync(Contoso, s.Circle, s.Session, IdOf(Users.Lea), default))!.CardJson;
        var chloe = (await fixture.Cards.FollowUpAsync(Contoso, s.Circle, s.Session, IdOf(Users.Chloe), default))!.CardJson;
        Assert.Equal("yes", AttendedValue(lea));
        Assert.Contains(Texts(lea), t => t.StartsWith("D'après Teams, vous étiez dans la réunion 49 min.", StringComparison.Ordinal));
        Assert.Equal("no", AttendedValue(chloe));
        Assert.Contains(Texts(chloe), t => t.StartsWith("D'après Teams, vous n'avez pas rejoint la réunion.", StringComparison.Ordinal));
        var board = (await fixture.Host.Services.GetRequiredService<ICircleBoardStore>().ReadAsync(Contoso, s.Circle, IdOf(Users.Lea)))!;
        var recorded = Assert.Single(board.Attendance);
        Assert.Equal([(IdOf(Users.Lea), 49 * 60), (IdOf(Users.Nicolas), 30 * 60)], recorded.Attended.OrderBy(a => a.Seconds < 2000).Select(a => (a.Person, a.Seconds)));
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        var progress = (await nicolas.GetFromJsonAsync<JsonObject>($"circles/{s.Id}/progress"))!;
        Assert.Equal(1, progress["sessionsWithTeamsReport"]!.GetValue<int>());
        var export = await Privacy.PrivacyApi.ExportAsync(nicolas);
        var exported = Assert.Single(export["records"]!.AsArray(), r => r!["kind"]!.GetValue<string>() == "attendance");
        Assert.Contains(Users.Nicolas.Id.ToString(), exported!["data"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal([1, 1, 0], progress["members"]!.AsArray().OrderBy(m => Order(m!["personId"]!.GetValue<string>())).Select(m => m!["attendedPerTeams"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_meeting_not_started_in_Teams_says_so_and_keeps_the_self_reported_answer()
    {
        var s = await GroupAsync([Users.Lea, Users.Nicolas, Users.Chloe], (_, _) => { });

        await FanOutFollowUpsAsync(s);
        var card = (await fixture.Cards.FollowUpAsync(Contoso, s.Circle, s.Session, IdOf(Users.Nicolas), default))!.CardJson;
        var answered = await fixture.PostActivityAsync(CardInvokes.Click(card, Users.Nicolas, new Dictionary<string, string> { ["attended"] = "yes", ["usefulness"] = "4" }));

        Assert.Null(AttendedValue(card));
        Assert.Contains(Texts(card), t => t.StartsWith("Teams n'a pas de rapport de présence pour cette séance (la réunion n'a pas été démarrée dans Teams)", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        var mine = (await nicolas.GetFromJsonAsync<JsonObject>($"circles/{s.Id}/sessions/{s.Session}/followup"))!;
        Assert.True(mine["answer"]!["attended"]!.GetValue<bool>());
        Assert.Equal("noReport", mine["attendanceSource"]!.GetValue<string>());
        Assert.Null(mine["attendedPerTeams"]);
        var progress = (await nicolas.GetFromJsonAsync<JsonObject>($"circles/{s.Id}/progress"))!;
        Assert.Equal(0, progress["sessionsWithTeamsReport"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_Graph_fault_loses_nothing_and_duplicates_nothing()
    {
        var s = await GroupAsync([Users.Lea, Users.Nicolas, Users.Chloe], (meeting, start) =>
        {
            At(start.AddMinutes(5), () => fixture.Host.Emulator.Meetings.Join(meeting, Users.Chloe));
            At(start.AddMinutes(45), () => fixture.Host.Emulator.Meetings.Leave(meeting, Users.Chloe));
        });

        fixture.Host.Emulator.Faults.Configure(new FaultSettings(FailureRate: 1, Statuses: [503], RetryAfterSeconds: 0));
        int cards;
        try
        {
            cards = await FanOutFollowUpsAsync(s);
        }
        finally
        {
            fixture.Host.Emulator.Faults.Reset();
        }

        var afterFault = await BoardAsync(s);
        using var chloe = await fixture.Users.AsAsync(Users.Chloe);
        using var again = await chloe.PostAsync($"circles/{s.Id}/sessions/{s.Session}/attendance", null);
        using var twice = await chloe.PostAsync($"circles/{s.Id}/sessions/{s.Session}/attendance", null);

        Assert.Equal(3, cards);
        Assert.Empty(afterFault.Attendance);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var body = (await twice.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(("teams", Users.Chloe.Id.ToString(), 40), (body["source"]!.GetValue<string>(), body["attended"]![0]!["personId"]!.GetValue<string>(), body["attended"]![0]!["minutes"]!.GetValue<int>()));
        Assert.Single((await BoardAsync(s)).Attendance);
    }

    [Fact]
    public async Task An_attendance_report_for_a_meeting_the_product_does_not_know_is_refused_and_writes_nothing()
    {
        // The organizer has no Teams licence: Exchange makes the series without a Teams meeting, so there is no report to read.
        fixture.Host.Emulator.Permissions.RemoveTeamsLicence(Users.Lea.Id);
        Scenario s;
        try
        {
            s = await GroupAsync([Users.Lea, Users.Nicolas, Users.Chloe], (_, _) => { }, expectMeeting: false);
        }
        finally
        {
            fixture.Host.Emulator.Permissions.Reset();
        }

        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        using var response = await nicolas.PostAsync($"circles/{s.Id}/sessions/{s.Session}/attendance", null);
        await FanOutFollowUpsAsync(s);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("attendance.unknownMeeting", problem["code"]!.GetValue<string>());
        Assert.StartsWith("Teams ne connaît pas de réunion pour cette séance", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty((await BoardAsync(s)).Attendance);
    }

    /// <summary>A scheduled peer group (the first organizes it); <paramref name="during"/> runs in its first session's time, then the clock passes its end.</summary>
    private async Task<Scenario> GroupAsync(DemoUser[] peers, Action<string, DateTimeOffset> during, bool expectMeeting = true)
    {
        using var organizer = await fixture.Users.AsAsync(peers[0]);
        var body = Circles.PeerGroup(peers);
        body["cadence"]!["firstDate"] = DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime).AddDays(7).ToString("yyyy-MM-dd");
        var circle = await Circles.CreateAsync(organizer, body);
        var id = circle["id"]!.GetValue<string>();
        var series = (await (await organizer.PostAsync($"circles/{id}/series", null)).Content.ReadFromJsonAsync<JsonObject>())!;
        var first = series["sessions"]!.AsArray()[0]!;
        var joinUrl = series["joinUrl"]?.GetValue<string>();
        Assert.Equal(expectMeeting, !string.IsNullOrEmpty(joinUrl));
        var start = first["start"]!.GetValue<DateTimeOffset>();
        if (joinUrl is { Length: > 0 })
        {
            during(fixture.Host.Emulator.OnlineMeetingId(joinUrl)!, start);
        }

        var end = first["end"]!.GetValue<DateTimeOffset>();
        fixture.Clock.SetUtcNow(end.AddMinutes(15));
        return new Scenario(new CircleId(Guid.Parse(id)), Agendas.AgendaApi.Id(first), start, end);
    }

    private void At(DateTimeOffset when, Action act)
    {
        fixture.Clock.SetUtcNow(when);
        act();
    }

    private Task<int> FanOutFollowUpsAsync(Scenario s) =>
        fixture.Host.Services.GetRequiredService<FanOutDueSession>().ExecuteAsync(new DueSession(Contoso, s.Circle, s.Session, CardKind.FollowUp, s.End, s.Start, s.End));

    private async Task<CircleBoard> BoardAsync(Scenario s) =>
        (await fixture.Host.Services.GetRequiredService<ICircleBoardStore>().ReadAsync(Contoso, s.Circle, IdOf(Users.Lea)))!;

    private int ReportRequests() => fixture.Host.Emulator.Log.Entries.Count(e => e.PathAndQuery.Contains("/attendanceReports", StringComparison.Ordinal));

    private static string[] Texts(string cardJson) =>
        [.. JsonNode.Parse(cardJson)!["body"]!.AsArray().Where(n => n!["type"]?.GetValue<string>() == "TextBlock").Select(n => n!["text"]!.GetValue<string>())];

    private static string? AttendedValue(string cardJson) =>
        JsonNode.Parse(cardJson)!["body"]!.AsArray().Single(n => n!["id"]?.GetValue<string>() == "attended")!["value"]?.GetValue<string>();

    private static int Order(string personId) =>
        personId == Users.Lea.Id.ToString() ? 0 : personId == Users.Nicolas.Id.ToString() ? 1 : 2;

    private sealed record Scenario(CircleId Circle, string Session, DateTimeOffset Start, DateTimeOffset End)
    {
        public string Id => Circle.ToString();
    }
}
