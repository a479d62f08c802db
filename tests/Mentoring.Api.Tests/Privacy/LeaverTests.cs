using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.M365Emulator;
using static Mentoring.Api.Tests.Agendas.AgendaApi;

namespace Mentoring.Api.Tests.Privacy;

/// <summary>
/// People who leave the organization: deleted from the directory, found by the nightly users delta query, erased once the grace
/// period (30 days by default) is over; nothing of theirs changes before, and a person restored in time is not erased.
/// </summary>
[Collection(LeaverHostCollection.Name)]
public sealed class LeaverTests(PrivacyHostFixture fixture)
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    [Fact]
    public async Task A_person_deleted_from_the_directory_is_erased_after_the_grace_period_and_not_a_day_before()
    {
        using var julien = await fixture.Users.AsAsync(Users.Julien);
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var (group, sessions) = await fixture.ScheduledAsync(julien, Circles.PeerGroup(Users.Julien, Users.Lea, Users.Chloe, Users.Manon));
        var session = Id(sessions[0]);
        var shared = await AddedItemAsync(julien, group, session, "blocker", "Je bloque sur ma lettre de motivation");
        Assert.True((await julien.PutAsJsonAsync($"circles/{group}/sessions/{session}/note", new { text = "Je doute" })).IsSuccessStatusCode);
        await TrackDirectoryAsync();
        var naming = Others(await fixture.Account.RowsContainingAsync(PrivacyApi.Needles(Users.Julien)));
        Assert.NotEmpty(naming);

        fixture.Host.Emulator.Directory.Delete(Users.Julien.Id);
        await RunLeaversAsync();
        fixture.Clock.Advance(29 * Day);
        await RunLeaversAsync();

        // Within the grace period: still a member, every row that named him still does, no erasure started.
        Assert.Superset(naming.ToHashSet(), Others(await fixture.Account.RowsContainingAsync(PrivacyApi.Needles(Users.Julien))).ToHashSet());
        Assert.Equal("none", await ErasureAsync(julien));
        Assert.Equal(4, (await lea.GetFromJsonAsync<JsonObject>($"circles/{group}"))!["members"]!.AsArray().Count);

        fixture.Clock.Advance(2 * Day);
        await RunLeaversAsync();

        Assert.Equal("done", await ErasureAsync(julien));
        var left = await fixture.Account.RowsContainingAsync(PrivacyApi.Needles(Users.Julien));
        Assert.True(left.Length == 0, string.Join("\n", left));
        var circle = (await lea.GetFromJsonAsync<JsonObject>($"circles/{group}"))!;
        Assert.Equal(3, circle["members"]!.AsArray().Count);
        var item = (await AgendaAsync(lea, group, session))["items"]!.AsArray().Single(i => Id(i) == Id(shared))!;
        Assert.Equal("Je bloque sur ma lettre de motivation", item["text"]!.GetValue<string>());

        // The next night finds nothing more to do: the erasure is not run twice.
        fixture.Clock.Advance(Day);
        var before = await fixture.Account.SnapshotAsync();
        await RunLeaversAsync();
        Assert.Empty(await fixture.Account.RowsContainingAsync(PrivacyApi.Needles(Users.Julien)));
        Assert.Equal(before.Where(r => r.StartsWith("Erasures ", StringComparison.Ordinal)), (await fixture.Account.SnapshotAsync()).Where(r => r.StartsWith("Erasures ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_person_restored_within_the_grace_period_is_not_erased()
    {
        using var priya = await fixture.Users.AsAsync(Users.Priya);
        var (group, _) = await fixture.ScheduledAsync(priya, Circles.PeerGroup(Users.Priya, Users.Lea, Users.Chloe));
        await TrackDirectoryAsync();

        fixture.Host.Emulator.Directory.Delete(Users.Priya.Id);
        await RunLeaversAsync();
        fixture.Clock.Advance(10 * Day);
        Assert.True(fixture.Host.Emulator.Directory.Restore(Users.Priya.Id));
        await RunLeaversAsync();
        fixture.Clock.Advance(40 * Day);
        await RunLeaversAsync();

        Assert.Equal("none", await ErasureAsync(priya));
        Assert.NotEmpty(Others(await fixture.Account.RowsContainingAsync(PrivacyApi.Needles(Users.Priya))));
        Assert.Equal(3, (await priya.GetFromJsonAsync<JsonObject>($"circles/{group}"))!["members"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_leaver_whose_erasure_crashes_does_not_stop_the_others_and_is_erased_the_next_night()
    {
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);
        using var hugo = await fixture.Users.AsAsync(Users.Hugo);
        using var emilie = await fixture.Users.AsAsync(Users.Emilie);
        await fixture.ScheduledAsync(nicolas, Circles.PeerGroup(Users.Nicolas, Users.Hugo, Users.Emilie));
        await TrackDirectoryAsync();
        fixture.Host.Emulator.Directory.Delete(Users.Hugo.Id);
        fixture.Host.Emulator.Directory.Delete(Users.Emilie.Id);
        await RunLeaversAsync();
        fixture.Clock.Advance(31 * Day);

        fixture.Crash.Arm(Users.Hugo.Id);
        try
        {
            await RunLeaversAsync();
        }
        finally
        {
            fixture.Crash.Disarm();   // never left armed for the tests after this one
        }

        Assert.Equal("done", await ErasureAsync(emilie));
        Assert.NotEqual("done", await ErasureAsync(hugo));
        fixture.Clock.Advance(Day);
        await RunLeaversAsync();
        Assert.Equal("done", await ErasureAsync(hugo));
    }

    [Theory]
    [InlineData(410, "resyncRequired")]
    [InlineData(400, "syncStateNotFound")]
    public async Task A_person_who_left_while_the_delta_link_expired_is_still_found_and_erased(int status, string code)
    {
        var person = status == 410 ? Users.Camille : Users.Ines;
        using var client = await fixture.Users.AsAsync(person);
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        await fixture.ScheduledAsync(lea, Circles.PeerGroup(Users.Lea, person, Users.Nicolas));
        await TrackDirectoryAsync();

        fixture.Host.Emulator.Directory.ExpireLinks(status, code);
        fixture.Host.Emulator.Directory.Delete(person.Id);
        await RunLeaversAsync();
        fixture.Clock.Advance(31 * Day);
        await RunLeaversAsync();

        Assert.Equal("done", await ErasureAsync(client));
    }

    /// <summary>The first night of a deployment: the tenant's directory is read once, and tracked from then on.</summary>
    private Task TrackDirectoryAsync() => RunLeaversAsync();

    private async Task RunLeaversAsync() => Assert.True(await fixture.Host.RunTimerAsync("LeaversTimer"));

    private static async Task<string> ErasureAsync(HttpClient person) =>
        (await person.GetFromJsonAsync<JsonObject>("me/privacy"))!["erasure"]!.GetValue<string>();

    /// <summary>Rows outside the leavers table, which names a leaver (by id) until they are erased or restored.</summary>
    private static string[] Others(string[] rows) => [.. rows.Where(r => !r.StartsWith("Leavers ", StringComparison.Ordinal))];
}

/// <summary>A host of its own: these tests move the clock by weeks.</summary>
[CollectionDefinition(Name)]
public sealed class LeaverHostCollection : ICollectionFixture<PrivacyHostFixture>
{
    public const string Name = "leavers host";
}
