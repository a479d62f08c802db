using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mentoring.Api.Tests.Scheduling;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.Delivery;
using Mentoring.Core.People;
using Mentoring.Core.Privacy;
using Mentoring.Infrastructure.Dispatch;
using Mentoring.M365Emulator;
using static Mentoring.Api.Tests.Agendas.AgendaApi;

namespace Mentoring.Api.Tests.Privacy;

/// <summary>Erasing: what only I wrote goes, what I shared stays unnamed, I leave every circle, and nothing anywhere names me.</summary>
[Collection(PrivacyHostCollection.Name)]
public sealed class ErasureTests(PrivacyHostFixture fixture)
{
    [Fact]
    public async Task After_erasure_no_table_and_no_calendar_holds_my_id_name_or_email_and_the_others_keep_what_I_shared_unnamed()
    {
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        // Not Priya: another test of this collection erases her, and an erased person cannot be invited.
        var (group, groupSessions) = await fixture.ScheduledAsync(nicolas, Circles.PeerGroup(Users.Nicolas, Users.Lea, Users.Chloe, Users.Julien));
        var (mentorship, mentorshipSessions) = await fixture.ScheduledAsync(hugo, Circles.Mentorship(Users.Hugo, Users.Nicolas));
        var session = Id(groupSessions[0]);
        var shared = await AddedItemAsync(nicolas, group, session, "blocker", "Je bloque sur mon portfolio");
        await AddedItemAsync(nicolas, mentorship, Id(mentorshipSessions[0]), "question", "Comment présenter ma reconversion ?");
        await PrivacyApi.PostJsonAsync(nicolas, $"circles/{group}/sessions/{session}/commitments", new { text = "Finir mon portfolio" });
        Assert.True((await nicolas.PutAsJsonAsync($"circles/{group}/sessions/{session}/note", new { text = "Je doute de tout" })).IsSuccessStatusCode);
        await PrivacyApi.PostJsonAsync(lea, $"circles/{group}/thanks", new { to = Users.Nicolas.Id.ToString(), what = "Merci pour le contact" });
        await PrivacyApi.PostJsonAsync(nicolas, $"circles/{group}/thanks", new { to = Users.Chloe.Id.ToString(), what = "Merci pour l'idée" });
        Assert.True((await nicolas.PutAsJsonAsync("me/pause", new { paused = true })).IsSuccessStatusCode);
        await fixture.Account.AddRowAsync("Circles", $"{Users.Nicolas.TenantId}_{group}", "mood_1", new() { ["AuthorName"] = "Nicolas Thomas", ["Mood"] = "confiant" });
        Assert.NotEmpty(await fixture.Account.RowsContainingAsync(PrivacyApi.Needles(Users.Nicolas)));

        // Cards that failed five times wait in the poison queue (ids only), beside a message the product did not write.
        var leasCard = Card(group, session, Users.Lea);
        await fixture.Account.SendAsync("dispatch-cards-poison", Card(group, session, Users.Nicolas));
        await fixture.Account.SendAsync("dispatch-cards-poison", leasCard);
        await fixture.Account.SendAsync("dispatch-sessions-poison", $"Échec de l'envoi à {Users.Nicolas.Email}");
        Assert.Equal(2, (await fixture.Account.MessagesContainingAsync(PrivacyApi.Needles(Users.Nicolas))).Length);

        var erased = await nicolas.PostAsync("me/erase", null);

        Assert.Equal(HttpStatusCode.Accepted, erased.StatusCode);
        await fixture.ErasureDoneAsync(nicolas);
        Assert.Empty(await fixture.Account.RowsContainingAsync(PrivacyApi.Needles(Users.Nicolas)));
        Assert.Empty(await fixture.Account.MessagesContainingAsync(PrivacyApi.Needles(Users.Nicolas)));
        Assert.Equal([$"dispatch-cards-poison: {leasCard}"], await fixture.Account.MessagesContainingAsync(Users.Lea.Id.ToString()));
        await AssertNoCalendarNamesAsync(Users.Nicolas);

        // The group goes on with three; what he shared stays, by "ancien membre"; his note is gone with him.
        var circle = (await lea.GetFromJsonAsync<JsonObject>($"circles/{group}"))!;
        Assert.Equal("active", circle["status"]!.GetValue<string>());
        Assert.Equal(3, circle["members"]!.AsArray().Count);
        var agenda = await AgendaAsync(lea, group, session);
        var item = agenda["items"]!.AsArray().Single(i => Id(i) == Id(shared))!;
        Assert.Equal(("Je bloque sur mon portfolio", FormerMember.Id.ToString()), (item["text"]!.GetValue<string>(), item["authorId"]!.GetValue<string>()));
        Assert.Equal(["Finir mon portfolio"], Texts(agenda, "commitmentsMade"));

        // The mentorship closed; Hugo's history keeps a former member in Nicolas' place.
        var closed = (await hugo.GetFromJsonAsync<JsonObject>($"circles/{mentorship}"))!;
        Assert.Equal("closed", closed["status"]!.GetValue<string>());
        Assert.Contains(closed["members"]!.AsArray(), m => m!["personId"]!.GetValue<string>() == FormerMember.Id.ToString());
        Assert.Equal("done", (await nicolas.GetFromJsonAsync<JsonObject>("me/privacy"))!["erasure"]!.GetValue<string>());
    }

    [Fact]
    public async Task Erasing_twice_is_a_clear_409_that_writes_nothing()
    {
        using var priya = await fixture.Users.AsAsync(Users.Priya);
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        await Circles.CreateAsync(lea, fixture.FromClock(Circles.PeerGroup(Users.Lea, Users.Priya, Users.Julien)));
        Assert.Equal(HttpStatusCode.Accepted, (await priya.PostAsync("me/erase", null)).StatusCode);
        await fixture.ErasureDoneAsync(priya);
        var before = await WithoutBackgroundRowsAsync();

        var again = await priya.PostAsync("me/erase", null);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("privacy.alreadyErased", (await Circles.ProblemAsync(again))["code"]!.GetValue<string>());
        Assert.Equal(before, await WithoutBackgroundRowsAsync());
    }

    [Fact]
    public async Task An_erasure_that_crashed_midway_refuses_exports_until_a_retry_finishes_it()
    {
        using var emilie = await fixture.Users.AsAsync(Users.Emilie);
        using var chloe = await fixture.Users.AsAsync(Users.Chloe);
        // Not Manon: an export test of this collection leaves her paused, and a paused person cannot be invited.
        var (group, sessions) = await fixture.ScheduledAsync(emilie, Circles.PeerGroup(Users.Emilie, Users.Chloe, Users.Ines));
        var item = await AddedItemAsync(emilie, group, Id(sessions[0]), "success", "J'ai décroché un entretien");
        Assert.True((await emilie.PutAsJsonAsync($"circles/{group}/sessions/{Id(sessions[0])}/note", new { text = "Stressée" })).IsSuccessStatusCode);

        // A kind of entry no code knows yet, naming her inside JSON (where "É" is stored escaped).
        await fixture.Account.AddRowAsync("Circles", $"{Users.Emilie.TenantId}_{group}", "mood_1", new() { ["Json"] = JsonSerializer.Serialize(new { by = Users.Emilie.DisplayName, mood = "confiante" }) });

        fixture.Crash.Arm();
        var crashing = await emilie.PostAsync("me/erase", null);

        Assert.Equal(HttpStatusCode.Accepted, crashing.StatusCode);
        await fixture.Crash.Fired.WaitAsync(TimeSpan.FromSeconds(120));
        Assert.Equal("running", (await emilie.GetFromJsonAsync<JsonObject>("me/privacy"))!["erasure"]!.GetValue<string>());
        var export = await emilie.GetAsync("me/export");
        Assert.Equal(HttpStatusCode.Conflict, export.StatusCode);
        Assert.Equal("privacy.erasing", (await Circles.ProblemAsync(export))["code"]!.GetValue<string>());

        // The instance is healthy again: the queue's own retry, or the person's "finish the erasure", completes it.
        fixture.Crash.Disarm();
        Assert.Equal(HttpStatusCode.Accepted, (await emilie.PostAsync("me/erase", null)).StatusCode);
        await fixture.ErasureDoneAsync(emilie);
        Assert.Empty(await fixture.Account.RowsContainingAsync(PrivacyApi.Needles(Users.Emilie)));
        await AssertNoCalendarNamesAsync(Users.Emilie);

        // Two peers left: the group closes, her success stays for them by a former member.
        var circle = (await chloe.GetFromJsonAsync<JsonObject>($"circles/{group}"))!;
        Assert.Equal("closed", circle["status"]!.GetValue<string>());
        var kept = (await AgendaAsync(chloe, group, Id(sessions[0])))["items"]!.AsArray().Single(i => Id(i) == Id(item))!;
        Assert.Equal(FormerMember.Id.ToString(), kept["authorId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Nobody_exports_or_erases_another_persons_data()
    {
        using var chloe = await fixture.Users.AsAsync(Users.Chloe);
        var other = Users.Camille.Id;
        var before = await WithoutBackgroundRowsAsync();

        var export = await chloe.GetAsync($"me/export?personId={other}");
        var summary = await chloe.GetAsync($"me/export/summary?personId={other}");
        var erase = await chloe.PostAsync($"me/erase?personId={other}", null);
        var invalid = await chloe.PostAsync("me/erase?personId=pas-un-id", null);

        Assert.All([export, summary, erase], r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        foreach (var refused in new[] { export, summary, erase })
        {
            Assert.Equal("privacy.ownDataOnly", (await Circles.ProblemAsync(refused))["code"]!.GetValue<string>());
        }

        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(["id.invalid"], Circles.Codes(await Circles.ProblemAsync(invalid), "personId"));
        Assert.Equal(before, await WithoutBackgroundRowsAsync());
    }

    /// <summary>
    /// Every row of the account but CalendarFollow's: the change notifications' subscriptions and delta tokens are written by
    /// the host's own background work (renewals, catch-ups) while a test runs, whatever the request under test did.
    /// </summary>
    private async Task<string[]> WithoutBackgroundRowsAsync() =>
        [.. (await fixture.Account.SnapshotAsync()).Where(row => !row.StartsWith("CalendarFollow ", StringComparison.Ordinal))];

    private async Task AssertNoCalendarNamesAsync(DemoUser erased)
    {
        var probe = new GraphProbe(fixture.Host);
        foreach (var user in DemoDirectory.Users.Where(u => u.TenantId == erased.TenantId && !u.IsGuest))
        {
            var calendar = await probe.CalendarTextAsync(user);
            Assert.DoesNotContain(PrivacyApi.Needles(erased), n => calendar.Contains(n, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>A follow-up card's queue message, as the dispatch writes it.</summary>
    private static string Card(string circle, string session, DemoUser member) => DeliveryMessages.Write(new CardDelivery(
        new TenantId(member.TenantId), new CircleId(Guid.Parse(circle)), session, new PersonId(member.Id), CardKind.FollowUp));
}
