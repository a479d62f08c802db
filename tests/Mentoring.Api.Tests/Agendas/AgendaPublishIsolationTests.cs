using Azure.Data.Tables;
using Mentoring.Api.Tests.Scheduling;
using Mentoring.Core.Agendas;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;
using static Mentoring.Api.Tests.Agendas.AgendaApi;

namespace Mentoring.Api.Tests.Agendas;

/// <summary>One session that cannot be published never stalls the others: the timer isolates each, as the scheduling timer does.</summary>
[Collection(AgendaHostCollection.Name)]
public sealed class AgendaPublishIsolationTests(AgendaHostFixture fixture)
{
    /// <summary>Sorts before every real tenant id in the publishing list, so its mark comes first.</summary>
    private static readonly TenantId FirstTenant = new(Guid.Parse("00000000-0000-4000-8000-000000000001"));

    [Fact]
    public async Task A_session_whose_circle_row_cannot_be_read_is_first_in_the_list_keeps_its_mark_and_the_others_are_still_published()
    {
        var graph = new GraphProbe(fixture.Host);
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        using var chloe = await fixture.Users.AsAsync(Users.Chloe);
        var (circle, sessions) = await fixture.ScheduledPeerGroupAsync(lea, Users.Lea, Users.Nicolas, Users.Chloe);
        var master = (await lea.GetStringAsync($"circles/{circle}/sessions")).Split("\"seriesMasterId\":\"")[1].Split('"')[0];
        var occurrence = (await graph.InstancesAsync(Users.Lea, master))[0]["id"]!.GetValue<string>();
        await AddedItemAsync(chloe, circle, Id(sessions[0]), "question", "Comment présenter ma reconversion ?");
        var poisoned = await PoisonedMarkAsync();
        var queue = fixture.Host.Services.GetRequiredService<IAgendaPublishQueue>();

        fixture.Clock.SetUtcNow(DateTimeOffset.Parse(sessions[0]!["start"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture).AddDays(-1));   // the agenda is ready
        var due = await queue.DueAsync(fixture.Clock.GetUtcNow());
        Assert.Equal(poisoned, due[0].Circle);   // the poisoned session is the first the timer meets
        var log = fixture.Host.Emulator.Log;
        log.Clear();
        Assert.True(await fixture.Host.RunTimerAsync("AgendaPublishTimer"));

        Assert.Single(log.Entries, e => e.Method == "PATCH" && (e.PathAndQuery.Contains(occurrence, StringComparison.Ordinal)
            || e.PathAndQuery.Contains(Uri.EscapeDataString(occurrence), StringComparison.Ordinal)));
        var left = await queue.DueAsync(fixture.Clock.GetUtcNow());
        Assert.Contains(left, d => d.Circle == poisoned);                           // kept for the next run
        Assert.DoesNotContain(left, d => d.Circle.Value.ToString() == circle);     // done
        await queue.CompleteAsync(left.Single(d => d.Circle == poisoned));          // the other tests of the host never meet it
    }

    /// <summary>A circle row whose members cannot be parsed (as a row written by a buggy version would be), marked due now.</summary>
    private async Task<CircleId> PoisonedMarkAsync()
    {
        var circle = new CircleId(Guid.NewGuid());
        var tables = fixture.Host.Services.GetRequiredService<Tables>();
        await tables.Circles.UpsertEntityAsync(new TableEntity($"{FirstTenant}_{circle}", "circle")
        {
            ["CircleId"] = circle.Value,
            ["TenantId"] = FirstTenant.Value,
            ["Kind"] = "PeerGroup",
            ["Status"] = "Active",
            ["MembersJson"] = "{ not json",
        });
        await fixture.Host.Services.GetRequiredService<IAgendaPublishQueue>().MarkAsync(FirstTenant, circle, "s1", fixture.Clock.GetUtcNow());
        return circle;
    }
}
