using System.Net;

namespace Mentoring.M365Emulator.Tests.Graph;

/// <summary>
/// People added at run time (<c>Directory.AddMember</c>, for benchmarks needing more mailboxes than the demo's ten) are members of
/// the demo tenant like the seeded ones — found, signed in, with a calendar other people's meetings reach, under the application
/// access policy — in the emulator they were added to only.
/// </summary>
public sealed class AddedMemberTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    private readonly GraphClient _graph = new(fixture.Http);

    [Fact]
    public async Task An_added_member_has_a_mailbox_receives_an_attendee_copy_and_signs_in()
    {
        var organizer = fixture.Emulator.Directory.AddMember(DemoDirectory.ContosoTenantId, Guid.NewGuid(), "Organisatrice Ajoutée", "organisatrice.ajoutee");
        var attendee = fixture.Emulator.Directory.AddMember(DemoDirectory.ContosoTenantId, Guid.NewGuid(), "Participant Ajouté", "participant.ajoute");

        var user = await _graph.JsonAsync(HttpMethod.Get, $"users/{organizer.UserPrincipalName}");
        var master = await _graph.JsonAsync(HttpMethod.Post, $"users/{organizer.Id}/events", Seeds.BiweeklyParis(attendee.UserPrincipalName));
        var copies = await _graph.JsonAsync(HttpMethod.Get, $"users/{attendee.Id}/events");
        using var signIn = await TokenClient.PasswordAsync(fixture.Http, DemoDirectory.ContosoDomain, attendee.UserPrincipalName, DemoDirectory.ApiIdentifierUri + "/access_as_user");

        Assert.Equal(organizer.Id.ToString(), user.GetProperty("id").GetString());
        Assert.Equal("organisatrice.ajoutee@contoso.example", user.GetProperty("userPrincipalName").GetString());
        Assert.Equal("seriesMaster", master.GetProperty("type").GetString());
        Assert.Single(copies.GetProperty("value").EnumerateArray());
        Assert.True(signIn.IsSuccessStatusCode, await signIn.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_added_member_outside_the_access_policy_is_refused_like_a_seeded_one()
    {
        var member = fixture.Emulator.Directory.AddMember(DemoDirectory.ContosoTenantId, Guid.NewGuid(), "Hors Politique", "hors.politique");

        fixture.Emulator.Permissions.ExcludeFromAccessPolicy(member.Id);
        using var denied = await _graph.SendAsync(HttpMethod.Get, $"users/{member.Id}/events");
        fixture.Emulator.Permissions.IncludeInAccessPolicy(member.Id);
        using var allowed = await _graph.SendAsync(HttpMethod.Get, $"users/{member.Id}/events");

        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task Another_emulator_in_the_same_process_does_not_know_the_added_member_and_a_taken_alias_is_refused()
    {
        var member = fixture.Emulator.Directory.AddMember(DemoDirectory.ContosoTenantId, Guid.NewGuid(), "Seulement Ici", "seulement.ici");
        await using var other = await M365Emulator.StartAsync(time: fixture.Clock);
        using var otherHttp = new HttpClient { BaseAddress = other.BaseUri };

        using var here = await _graph.SendAsync(HttpMethod.Get, $"users/{member.Id}");
        using var there = await new GraphClient(otherHttp).SendAsync(HttpMethod.Get, $"users/{member.Id}");

        Assert.Equal(HttpStatusCode.OK, here.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, there.StatusCode);
        Assert.Throws<InvalidOperationException>(() => fixture.Emulator.Directory.AddMember(DemoDirectory.ContosoTenantId, Guid.NewGuid(), "Doublon", "seulement.ici"));
        Assert.Throws<InvalidOperationException>(() => fixture.Emulator.Directory.AddMember(DemoDirectory.ContosoTenantId, Guid.NewGuid(), "Camille bis", "camille.martin"));
    }
}
