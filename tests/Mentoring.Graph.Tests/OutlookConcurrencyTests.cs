using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.M365Emulator;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Graph.Tests;

/// <summary>
/// The product's parallel reads stay within Outlook's 4 concurrent requests per app, across mailboxes
/// (learn.microsoft.com/graph/throttling-limits#outlook-service-limits), which the emulator enforces with 429 MailboxConcurrency.
/// </summary>
[Collection(GraphCollection.Name)]
public sealed class OutlookConcurrencyTests(GraphFixture fixture) : IDisposable
{
    [Fact]
    public async Task Twelve_people_read_at_once_in_different_mailboxes_are_never_throttled()
    {
        // No retries: a single 429 would surface as a failed read.
        var directory = fixture.Services(new() { ["Graph:MaxRetries"] = "0" }).GetRequiredService<IPeopleSource>();
        var people = DemoDirectory.Users.Where(u => u.TenantId == DemoDirectory.ContosoTenantId && !u.IsGuest).Select(u => new PersonId(u.Id)).ToList();
        ResultAssert.Ok(await directory.FindAsync(GraphFixture.Contoso, people[0])); // the token first
        fixture.Emulator.Faults.Configure(new FaultSettings(LatencyMs: 200));
        fixture.Emulator.Log.Clear();

        var reads = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => directory.FindAsync(GraphFixture.Contoso, people[i % people.Count])));

        Assert.All(reads, r => Assert.True(r.IsSuccess, string.Join(", ", r.Errors.Select(e => e.Code))));
        Assert.Equal(24, fixture.Emulator.Log.Entries.Count);
        Assert.DoesNotContain(fixture.Emulator.Log.Entries, e => e.Status == 429);
    }

    public void Dispose() => fixture.Emulator.Faults.Reset();
}
