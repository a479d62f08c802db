using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Core.Privacy;
using static Mentoring.Api.Tests.Agendas.AgendaApi;

namespace Mentoring.Api.Tests.Privacy;

/// <summary>Each row of the least-sight table, for the audiences the API serves (the author, a member, the organizer, anyone else), read through the API.</summary>
[Collection(PrivacyHostCollection.Name)]
public sealed class LeastSightApiTests(PrivacyHostFixture fixture)
{
    /// <summary>What docs/privacy.md's least-sight table says, written out again here so the test does not read it from the code it checks.</summary>
    public static TheoryData<PersonalDataKind, Audience, Sight> Rows => new()
    {
        { PersonalDataKind.Notes, Audience.Self, Sight.Content },
        { PersonalDataKind.Notes, Audience.Member, Sight.None },
        { PersonalDataKind.Notes, Audience.Organizer, Sight.None },
        { PersonalDataKind.AgendaItems, Audience.Member, Sight.Content },
        { PersonalDataKind.AgendaItems, Audience.Organizer, Sight.Content },
        { PersonalDataKind.Commitments, Audience.Member, Sight.Content },
        { PersonalDataKind.Commitments, Audience.Organizer, Sight.Content },
        { PersonalDataKind.Thanks, Audience.Member, Sight.Content },
        { PersonalDataKind.Membership, Audience.Member, Sight.Content },
        { PersonalDataKind.Sessions, Audience.Member, Sight.Content },
        { PersonalDataKind.Goals, Audience.Self, Sight.Content },
        { PersonalDataKind.Goals, Audience.Member, Sight.None },      // private unless the author shares it (the default)
        { PersonalDataKind.Goals, Audience.Organizer, Sight.None },
        { PersonalDataKind.Agreement, Audience.Member, Sight.Content },
        { PersonalDataKind.Agreement, Audience.Organizer, Sight.Content },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task What_each_audience_reads_through_the_API_is_what_the_table_says(PersonalDataKind kind, Audience audience, Sight expected)
    {
        using var julien = await fixture.Users.AsAsync(Users.Julien);      // the author
        using var camille = await fixture.Users.AsAsync(Users.Camille);    // the organizer
        using var chloe = await fixture.Users.AsAsync(Users.Chloe);        // a member
        var (circle, sessions) = await fixture.ScheduledAsync(camille, Circles.PeerGroup(Users.Camille, Users.Julien, Users.Chloe));
        var session = Id(sessions[0]);
        var marker = kind == PersonalDataKind.Sessions ? session : $"{kind}-{Guid.NewGuid():N}";
        var url = await WriteAsync(julien, kind, circle, session, marker);
        var reader = audience switch { Audience.Self => julien, Audience.Organizer => camille, _ => chloe };

        var seen = await EverythingReadAsync(reader, circle, session, url);

        Assert.Equal(expected, LeastSight.Of(kind, audience));
        Assert.Equal(expected == Sight.Content, seen.Contains(marker, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Someone_outside_the_circle_reads_nothing_of_it()
    {
        using var julien = await fixture.Users.AsAsync(Users.Julien);
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        var (circle, sessions) = await fixture.ScheduledAsync(julien, Circles.PeerGroup(Users.Julien, Users.Chloe, Users.Camille));
        await AddedItemAsync(julien, circle, Id(sessions[0]), "topic", "Réservé au cercle");

        Assert.Equal(HttpStatusCode.NotFound, (await hugo.GetAsync($"circles/{circle}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hugo.GetAsync($"circles/{circle}/sessions/{Id(sessions[0])}/agenda")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hugo.GetAsync($"circles/{circle}/reciprocity")).StatusCode);
    }

    /// <summary>The coordinator row: what a coordinator may ask of a cohort member, written out again (not read from the code).</summary>
    public static TheoryData<string, Sight> CoordinatorRow => new()
    {
        { "activity", Sight.Content },
        { "circles", Sight.Content },
        { "notes", Sight.None },
        { "agenda", Sight.None },
        { "commitments", Sight.ActivityOnly },
        { "followups", Sight.ActivityOnly },
        { "thanks", Sight.ActivityOnly },
        { "goals", Sight.None },
        { "agreement", Sight.None },
        { "pulse", Sight.None },
    };

    [Theory]
    [MemberData(nameof(CoordinatorRow))]
    public async Task A_coordinator_reads_a_members_activity_and_asking_for_their_notes_or_texts_is_403_saying_why(string kind, Sight expected)
    {
        using var julien = await fixture.Users.AsAsync(Users.Julien);
        using var camille = await fixture.Users.AsAsync(Users.Camille);
        using var manon = await fixture.Users.AsAsync(Users.Manon, "en-GB");   // the tenant made her coordinator
        var (circle, sessions) = await fixture.ScheduledAsync(camille, Circles.PeerGroup(Users.Camille, Users.Julien, Users.Chloe));
        var session = Id(sessions[0]);
        var marker = $"SECRET-{Guid.NewGuid():N}";
        await WriteAsync(julien, PersonalDataKind.Notes, circle, session, marker + "-note");
        await WriteAsync(julien, PersonalDataKind.AgendaItems, circle, session, marker + "-item");
        await WriteAsync(julien, PersonalDataKind.Commitments, circle, session, marker + "-commitment");
        await WriteAsync(julien, PersonalDataKind.Goals, circle, session, marker + "-goal");
        await WriteAsync(julien, PersonalDataKind.Agreement, circle, session, marker + "-agreement");
        var cohort = await Cohorts.CreateAcceptedAsync(manon, "Cohorte " + marker[..12], [Users.Julien, Users.Camille, Users.Chloe]);

        var view = await manon.GetAsync($"cohorts/{cohort}");
        var asked = await manon.GetAsync($"cohorts/{cohort}/members/{Users.Julien.Id}/{kind}");
        var direct = await manon.GetAsync($"circles/{circle}/sessions/{session}/agenda");

        var viewText = await view.Content.ReadAsStringAsync();
        var askedText = await asked.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, view.StatusCode);
        Assert.DoesNotContain(circle, viewText, StringComparison.Ordinal); // a group not formed from the cohort is not the programme's
        Assert.DoesNotContain(marker, viewText + askedText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, direct.StatusCode);
        if (expected == Sight.Content)
        {
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
            Assert.Empty((await asked.Content.ReadFromJsonAsync<JsonObject>())!["circles"]!.AsArray());
        }
        else
        {
            Assert.Equal(HttpStatusCode.Forbidden, asked.StatusCode);
            var problem = await Circles.ProblemAsync(asked);
            Assert.Equal("privacy.sight.coordinator", problem["code"]!.GetValue<string>());
            Assert.Contains("never notes", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Asking_a_cohort_member_for_an_unknown_kind_is_400_and_for_someone_outside_the_cohort_404()
    {
        using var manon = await fixture.Users.AsAsync(Users.Manon);
        using var chloe = await fixture.Users.AsAsync(Users.Chloe);
        var cohort = await Cohorts.CreateAcceptedAsync(manon, "Cohorte de contrôle", [Users.Julien, Users.Camille, Users.Chloe]);

        var unknown = await manon.GetAsync($"cohorts/{cohort}/members/{Users.Julien.Id}/journal");
        var outsider = await manon.GetAsync($"cohorts/{cohort}/members/{Users.Hugo.Id}/activity");
        var notCoordinator = await chloe.GetAsync($"cohorts/{cohort}/members/{Users.Julien.Id}/activity");

        Assert.Equal(["privacy.kind.unknown"], Circles.Codes(await Circles.ProblemAsync(unknown), "kind"));
        Assert.Equal("cohort.memberNotFound", (await Circles.ProblemAsync(outsider))["code"]!.GetValue<string>());
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.Forbidden), (outsider.StatusCode, notCoordinator.StatusCode));
    }

    /// <summary>Julien writes one thing of <paramref name="kind"/> holding <paramref name="marker"/>; returns a URL that reads it directly, if any.</summary>
    private static async Task<string?> WriteAsync(HttpClient julien, PersonalDataKind kind, string circle, string session, string marker)
    {
        switch (kind)
        {
            case PersonalDataKind.Notes:
                var note = await julien.PutAsJsonAsync($"circles/{circle}/sessions/{session}/note", new { text = marker });
                return $"circles/{circle}/notes/{Id(await note.Content.ReadFromJsonAsync<JsonObject>())}";
            case PersonalDataKind.AgendaItems:
                await AddedItemAsync(julien, circle, session, "blocker", marker);
                return null;
            case PersonalDataKind.Commitments:
                await PrivacyApi.PostJsonAsync(julien, $"circles/{circle}/sessions/{session}/commitments", new { text = marker });
                return null;
            case PersonalDataKind.Thanks:
                await PrivacyApi.PostJsonAsync(julien, $"circles/{circle}/thanks", new { to = Users.Chloe.Id.ToString(), what = marker });
                return null;
            case PersonalDataKind.Membership:
                Assert.True((await julien.PatchAsJsonAsync($"circles/{circle}", new { memberObjective = marker })).IsSuccessStatusCode);
                return null;
            case PersonalDataKind.Goals:
                await Goals.GoalApi.AddAsync(julien, circle, Goals.GoalApi.Draft(marker));   // private: the default sharing
                return null;
            case PersonalDataKind.Agreement:
                var terms = Relationship.RelationshipApi.Terms(rules: marker);
                Assert.Equal(HttpStatusCode.OK, (await Relationship.RelationshipApi.WriteAsync(julien, circle, terms)).StatusCode);
                return null;
            default:
                // Sessions: the marker is the session id itself, which every member's list shows.
                return null;
        }
    }

    private static async Task<string> EverythingReadAsync(HttpClient reader, string circle, string session, string? direct)
    {
        string[] urls = [$"circles/{circle}", $"circles/{circle}/sessions", $"circles/{circle}/sessions/{session}/agenda", $"circles/{circle}/sessions/{session}/note",
            $"circles/{circle}/reciprocity", $"circles/{circle}/progress", "commitments",
            $"circles/{circle}/goals", $"circles/{circle}/agreement", $"circles/{circle}/pulse", .. direct is null ? Array.Empty<string>() : [direct]];
        var bodies = await Task.WhenAll(urls.Select(async u => await reader.GetAsync(u) is { IsSuccessStatusCode: true } r ? await r.Content.ReadAsStringAsync() : ""));
        return string.Join("\n", bodies);
    }
}
