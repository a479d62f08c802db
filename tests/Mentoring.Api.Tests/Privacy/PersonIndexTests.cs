using Azure.Data.Tables;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Privacy;
using Mentoring.Core.Scheduling;
using Mentoring.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Api.Tests.Privacy;

/// <summary>
/// An export and an erasure read the person's rows through their own index: a tenant with a thousand more circles (their
/// rows, their cards in the outbox, their people's bot contacts) costs neither one Table request more.
/// </summary>
/// <remarks>
/// Azurite answers at most 1,000 rows per page, so a read of the tenant's circles, outbox or bot contacts takes one request
/// more once the tenant holds more than that: the counts below stay equal only if nothing reads beyond the person's rows.
/// The people are not in the directory (ids of a tenant of its own), so the use cases run as the queue worker runs them.
/// </remarks>
[Collection(PrivacyHostCollection.Name)]
public sealed class PersonIndexTests(PrivacyHostFixture fixture)
{
    private const int OtherCircles = 1_050;

    private static readonly DateTimeOffset CreatedAt = new(2031, 3, 10, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_export_and_an_erasure_cost_as_many_Table_requests_with_a_thousand_more_circles_in_the_same_tenant()
    {
        var tenant = new TenantId(Guid.NewGuid());
        var first = await PersonWithAGroupAsync(tenant);
        var second = await PersonWithAGroupAsync(tenant);

        var exportBefore = await RequestsAsync(tenant, () => ExportAsync(tenant, first));
        var eraseBefore = await RequestsAsync(tenant, () => EraseAsync(tenant, first));
        await OtherCirclesAsync(tenant);
        var exportAfter = await RequestsAsync(tenant, () => ExportAsync(tenant, second));
        var eraseAfter = await RequestsAsync(tenant, () => EraseAsync(tenant, second));

        Assert.Equal(exportBefore, exportAfter);
        Assert.Equal(eraseBefore, eraseAfter);
        Assert.Empty(await fixture.Account.RowsContainingAsync(second.ToString()));
    }

    private async Task ExportAsync(TenantId tenant, PersonId person)
    {
        var export = await fixture.Host.Services.GetRequiredService<ExportMyData>().ExecuteAsync(new Caller(tenant, person, ""));
        Assert.True(export.IsSuccess);
        Assert.Contains(export.Value.Records, r => r.Kind == "item" && r.WrittenBySubject);
        Assert.Contains(export.Value.Records, r => r.Store == "Outbox");
        Assert.Contains(export.Value.Records, r => r.Store == "BotContacts");
    }

    private async Task EraseAsync(TenantId tenant, PersonId person) =>
        Assert.True((await fixture.Host.Services.GetRequiredService<EraseMyData>().ExecuteAsync(tenant, person)).IsSuccess);

    /// <summary>The Table requests that name the tenant (every key of its rows starts with it) while <paramref name="act"/> runs.</summary>
    private async Task<string> RequestsAsync(TenantId tenant, Func<Task> act)
    {
        var counter = fixture.Host.Services.GetRequiredService<StorageRequestCounter>();
        counter.StartRecording();
        await act();
        var requests = counter.StopRecording().Where(r => r.Names(tenant.ToString())).ToArray();
        return $"{requests.Length} requests: " + string.Join(", ", requests.GroupBy(r => $"{r.Method} {Table(r)}").Select(g => $"{g.Count()} {g.Key}").Order());
    }

    private string Table(StorageRequest r)
    {
        var path = r.Path.TrimStart('/');
        var cut = path.IndexOf('(', StringComparison.Ordinal);
        return (cut < 0 ? path : path[..cut]).Replace(fixture.TablePrefix, "", StringComparison.Ordinal);
    }

    /// <summary>A person in a peer group of three (through the product's store), with an agenda item, a card and a bot contact.</summary>
    private async Task<PersonId> PersonWithAGroupAsync(TenantId tenant)
    {
        PersonId[] peers = [new(Guid.NewGuid()), new(Guid.NewGuid()), new(Guid.NewGuid())];
        var cadence = new Cadence(
            new WeeklyPattern(2, DayOfWeek.Tuesday), new DateOnly(2031, 3, 11), new TimeOnly(12, 30), TimeSpan.FromMinutes(45), "Europe/Paris", new NumberedRange(12));
        var circle = new Circle(new CircleId(Guid.NewGuid()), tenant, CircleKind.PeerGroup, "Reconversions", "S'entraider",
            [.. peers.Select((p, i) => new Member(p, MemberRole.Peer, $"Pair {i}", ""))], cadence, CircleStatus.Active, CreatedAt);
        await fixture.Host.Services.GetRequiredService<ICircleStore>().AddAsync(circle);

        var partition = $"{tenant}_{circle.Id}";
        await Table("Circles").AddEntityAsync(new TableEntity(partition, "item_" + Guid.NewGuid()) { ["AuthorId"] = peers[0].Value, ["Text"] = "Mon blocage" });
        await Table("Outbox").AddEntityAsync(new TableEntity(partition + "_s1", $"FollowUp_{peers[0]}") { ["State"] = "Sent" });
        await Table("BotContacts").AddEntityAsync(new TableEntity(tenant.ToString(), peers[0].ToString()) { ["ConversationId"] = "a:1" });
        return peers[0];
    }

    /// <summary>Other people's circles in the same tenant: a circle row each, a card each in the outbox, a bot contact each.</summary>
    private async Task OtherCirclesAsync(TenantId tenant)
    {
        var others = Enumerable.Range(0, OtherCircles).Select(_ => (Circle: Guid.NewGuid(), Person: Guid.NewGuid())).ToArray();
        await Parallel.ForEachAsync(others, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (o, ct) =>
            await Table("Circles").AddEntityAsync(new TableEntity($"{tenant}_{o.Circle}", "circle")
            {
                ["CircleId"] = o.Circle, ["Status"] = "Active", ["MembersJson"] = $"[{{\"personId\":\"{o.Person}\"}}]",
            }, ct));
        foreach (var batch in others.Chunk(100))
        {
            var session = $"{tenant}_{batch[0].Circle}_s1";
            await Table("Outbox").SubmitTransactionAsync(batch.Select(o => new TableTransactionAction(TableTransactionActionType.Add,
                new TableEntity(session, $"FollowUp_{o.Person}") { ["State"] = "Sent" })));
            await Table("BotContacts").SubmitTransactionAsync(batch.Select(o => new TableTransactionAction(TableTransactionActionType.Add,
                new TableEntity(tenant.ToString(), o.Person.ToString()) { ["ConversationId"] = "a:1" })));
        }
    }

    private TableClient Table(string name) => new TableServiceClient("UseDevelopmentStorage=true").GetTableClient(fixture.TablePrefix + name);
}
