using Mentoring.Core.People;
using Mentoring.Core.Privacy.Leavers;
using Mentoring.M365Emulator;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Graph.Tests;

/// <summary>The users delta query through the real SDK: every page of a first round, then deletions and restorations.</summary>
[Collection(GraphCollection.Name)]
public sealed class DirectoryChangesTests(GraphFixture fixture)
{
    private readonly IDirectoryChanges directory = fixture.Services([]).GetRequiredService<IDirectoryChanges>();

    [Fact]
    public async Task A_first_round_lists_everyone_present_then_a_deleted_user_is_removed_and_a_restored_one_present()
    {
        var julien = DemoDirectory.Find("julien.petit@contoso.example")!;
        var first = ResultAssert.Ok(await directory.ReadAsync(GraphFixture.Contoso, null));
        Assert.Equal(DemoDirectory.Users.Count(u => u.TenantId == DemoDirectory.ContosoTenantId), first.Changes.Count);
        Assert.DoesNotContain(first.Changes, c => c.Removed);

        fixture.Emulator.Directory.Delete(julien.Id);
        try
        {
            var deleted = ResultAssert.Ok(await directory.ReadAsync(GraphFixture.Contoso, first.NextLink));
            Assert.True(fixture.Emulator.Directory.Restore(julien.Id));
            var restored = ResultAssert.Ok(await directory.ReadAsync(GraphFixture.Contoso, deleted.NextLink));

            Assert.Equal([new DirectoryChange(new PersonId(julien.Id), Removed: true)], deleted.Changes);
            Assert.Equal([new DirectoryChange(new PersonId(julien.Id), Removed: false)], restored.Changes);
        }
        finally
        {
            fixture.Emulator.Directory.Restore(julien.Id);
        }
    }
}
