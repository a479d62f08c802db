using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Privacy;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Api.Tests.Privacy;

/// <summary>A person pauses everything and resumes; what sends cards or suggests people reads the same flag.</summary>
[Collection(PrivacyHostCollection.Name)]
public sealed class PauseTests(PrivacyHostFixture fixture)
{
    [Fact]
    public async Task A_person_pauses_everything_then_resumes_and_the_flag_the_card_and_suggestion_code_reads_follows()
    {
        using var camille = await fixture.Users.AsAsync(Users.Camille);
        var pauses = fixture.Host.Services.GetRequiredService<IPersonPause>();
        var (tenant, id) = (new TenantId(Users.Camille.TenantId), new PersonId(Users.Camille.Id));

        var paused = await camille.PutAsJsonAsync("me/pause", new { paused = true });

        Assert.Equal(HttpStatusCode.OK, paused.StatusCode);
        Assert.True((await paused.Content.ReadFromJsonAsync<JsonObject>())!["paused"]!.GetValue<bool>());
        Assert.True(await pauses.IsPausedAsync(tenant, id));
        Assert.Equal([id], await pauses.PausedAmongAsync(tenant, [id, new PersonId(Users.Hugo.Id)]));

        var resumed = await camille.PutAsJsonAsync("me/pause", new { paused = false });

        Assert.False((await resumed.Content.ReadFromJsonAsync<JsonObject>())!["paused"]!.GetValue<bool>());
        Assert.False(await pauses.IsPausedAsync(tenant, id));
        Assert.False((await camille.GetFromJsonAsync<JsonObject>("me/privacy"))!["paused"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Saying_neither_pause_nor_resume_is_a_400_on_paused_and_changes_nothing()
    {
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);

        var response = await hugo.PutAsJsonAsync("me/pause", new { });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["required"], Circles.Codes(await Circles.ProblemAsync(response), "paused"));
        Assert.False(await fixture.Host.Services.GetRequiredService<IPersonPause>().IsPausedAsync(new TenantId(Users.Hugo.TenantId), new PersonId(Users.Hugo.Id)));
    }
}
