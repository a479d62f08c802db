using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using static Mentoring.Api.Tests.Agendas.AgendaApi;

namespace Mentoring.Api.Tests.Privacy;

/// <summary>An export finds rows by the person's id only, and of what others wrote keeps only what the least-sight table lets a member see.</summary>
[Collection(PrivacyHostCollection.Name)]
public sealed class ExportSightTests(PrivacyHostFixture fixture)
{
    [Fact]
    public async Task Chloe_names_Lea_as_a_helper_and_Leas_export_says_so_without_anything_Chloe_answered()
    {
        using var chloe = await fixture.Users.AsAsync(Users.Chloe);
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var (circle, sessions) = await fixture.ScheduledAsync(chloe, Circles.PeerGroup(Users.Chloe, Users.Lea, Users.Ines));
        var session = Id(sessions[0]);
        fixture.Clock.SetUtcNow(sessions[0]!["end"]!.GetValue<DateTimeOffset>().AddHours(1));
        var answer = new { attended = false, usefulness = 1, blocker = "Je n'avance plus du tout", helpedBy = new[] { Users.Lea.Id.ToString() }, revision = 0 };
        var answered = await chloe.PutAsJsonAsync($"circles/{circle}/sessions/{session}/followup", answer);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);

        var export = await PrivacyApi.ExportAsync(lea);

        var named = export["records"]!.AsArray().Single(r => r!["kind"]!.GetValue<string>() == "followup")!;
        Assert.False(named["writtenBySubject"]!.GetValue<bool>());
        Assert.Equal(Users.Chloe.Id.ToString(), named["data"]!["authorId"]!.GetValue<string>());
        Assert.Equal(session, named["data"]!["sessionId"]!.GetValue<string>());
        Assert.Equal(["helpedBy"], named["data"]!["namesYouAs"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(["authorId", "namesYouAs", "sessionId"], named["data"]!.AsObject().Select(p => p.Key).Order());
        var text = export.ToJsonString();
        Assert.DoesNotContain("avance plus", text, StringComparison.Ordinal);
        Assert.DoesNotContain("usefulness", text, StringComparison.OrdinalIgnoreCase);

        // Chloe's "attended: no" is nowhere; the session's attendance as Teams recorded it (a member sees it) may hold that word.
        var records = export["records"]!.AsArray().Where(r => r!["kind"]!.GetValue<string>() != "attendance");
        Assert.DoesNotContain(records, r => r!.ToJsonString().Contains("attended", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_short_display_name_never_exports_a_row_that_does_not_hold_the_persons_id()
    {
        // The directory's copy gives Hugo a short display name, as directories often do ("Al", "Hugo").
        var tenant = Users.Hugo.TenantId.ToString();
        var people = new TableServiceClient("UseDevelopmentStorage=true").GetTableClient(fixture.TablePrefix + "People");
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        Assert.Equal(HttpStatusCode.OK, (await hugo.GetAsync("me/privacy")).StatusCode);
        await people.UpsertEntityAsync(new TableEntity(tenant, Users.Hugo.Id.ToString()) { ["DisplayName"] = "Hugo" }, TableUpdateMode.Merge);

        // Someone else's row of the same tenant whose text holds the short name, and not Hugo's id.
        var unrelated = "profile_" + Guid.NewGuid();
        await fixture.Account.AddRowAsync("Matching", tenant, unrelated, new() { ["DisplayName"] = "Victor Hugonnet", ["Visibility"] = 0, ["Json"] = "{\"about\":\"Lecteur de Hugo\"}" });

        var export = await PrivacyApi.ExportAsync(hugo);

        Assert.DoesNotContain($"Matching {tenant}/{unrelated}", PrivacyApi.Keys(export));
        Assert.DoesNotContain("Hugonnet", export.ToJsonString(), StringComparison.Ordinal);
    }
}
