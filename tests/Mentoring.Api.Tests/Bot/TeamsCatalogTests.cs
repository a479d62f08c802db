using Mentoring.Core.Delivery;
using Mentoring.Core.People;
using Mentoring.M365Emulator;
using Mentoring.M365Emulator.BotFramework;
using Microsoft.Extensions.DependencyInjection;
using static Mentoring.Api.Tests.FollowUps.FollowUpHostFixture;

namespace Mentoring.Api.Tests.Bot;

/// <summary>
/// The first card's install as a real tenant answers it: the app named by the tenant's catalog id (found once by the manifest id),
/// a 404 never read as the person being gone, and what Teams posts after an install handled as Teams posts it (by the emulator).
/// </summary>
[Collection(FollowUps.FollowUpHostCollection.Name)]
public sealed class TeamsCatalogTests(FollowUps.FollowUpHostFixture fixture)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private IBotMessenger Messenger => fixture.Host.Services.GetRequiredService<IBotMessenger>();

    private M365Emulator.BotConnector.BotConnectorService Teams => fixture.Host.Emulator.BotConnector;

    [Fact]
    public async Task First_cards_to_many_people_install_by_the_catalog_id_looked_up_once_even_after_the_admin_republished_the_app()
    {
        // A republished app has a new catalog id: whatever the product kept from earlier tests is stale, and is found again once.
        var logged = fixture.Host.Emulator.Log.Entries.Count;
        Teams.Catalog.Republish(DemoDirectory.ContosoTenantId, DemoBot.TeamsAppId);
        var people = Teams.AddPeople(DemoDirectory.ContosoTenantId, Enumerable.Range(0, 12).Select(_ => Guid.NewGuid()));

        var opened = await Task.WhenAll(people.Select(p => Messenger.OpenAsync(Contoso, new PersonId(p.Id))));

        Assert.All(opened, o => Assert.True(o.Status == BotStatus.Done, $"{o.Status} {o.Detail}"));
        Assert.All(people, p => Assert.Equal(new[] { DemoBot.TeamsAppId }, Teams.AppsOf(p.Id)));
        var requests = fixture.Host.Emulator.Log.Entries.Skip(logged).ToList();
        Assert.Single(requests, e => e.PathAndQuery.Contains("/appCatalogs/teamsApps", StringComparison.Ordinal));
        Assert.All(requests.Where(e => e.Method == "POST" && e.PathAndQuery.Contains("/teamwork/installedApps", StringComparison.Ordinal)),
            e => Assert.True(e.Status is 201 or 404, $"{e.Status}"));
    }

    [Fact]
    public async Task An_install_answered_404_because_the_app_left_the_catalog_is_a_configuration_error_and_nobody_is_marked_gone()
    {
        var person = Teams.AddPeople(DemoDirectory.ContosoTenantId, [Guid.NewGuid()])[0];
        Teams.Catalog.Withdraw(DemoDirectory.ContosoTenantId, DemoBot.TeamsAppId);
        try
        {
            var opened = await Messenger.OpenAsync(Contoso, new PersonId(person.Id));

            Assert.Equal(BotStatus.RetryLater, opened.Status);
            Assert.Equal("teamsApp.notInCatalog", opened.Detail);
            Assert.Equal(TimeSpan.FromHours(1), opened.RetryAfter);
            Assert.Null(await Messenger.FindAsync(Contoso, new PersonId(person.Id))); // nothing written about her
            Assert.Empty(Teams.AppsOf(person.Id));
        }
        finally
        {
            Teams.Catalog.Republish(DemoDirectory.ContosoTenantId, DemoBot.TeamsAppId);
        }

        var later = await Messenger.OpenAsync(Contoso, new PersonId(person.Id));
        Assert.True(later.Status == BotStatus.Done, $"{later.Status} {later.Detail}");
    }

    [Fact]
    public async Task A_person_gone_from_the_directory_is_still_told_apart_from_the_app_and_is_unreachable()
    {
        var opened = await Messenger.OpenAsync(Contoso, new PersonId(Guid.NewGuid()));

        Assert.Equal(BotStatus.Unreachable, opened.Status);
        Assert.Equal("personNotFound", opened.Detail);
    }

    [Fact]
    public async Task After_a_person_adds_the_app_Teams_posts_the_chat_and_her_first_card_goes_there_without_creating_one()
    {
        var person = Teams.AddPeople(DemoDirectory.ContosoTenantId, [Guid.NewGuid()])[0];
        var mark = Teams.Posted.Count;

        Assert.True(Teams.AddApp(person.Id));
        var update = await Teams.Posted.WhenAnsweredAsync(person.Id, "conversationUpdate", after: mark).WaitAsync(Patience);
        var logged = Teams.Log.Entries.Count;
        var found = await Messenger.FindAsync(Contoso, new PersonId(person.Id));

        Assert.Equal(200, update.Status);
        Assert.Equal(BotStatus.Done, found?.Status);
        Assert.Equal(update.ConversationId, found!.Conversation!.ConversationId);
        Assert.Equal(new[] { update.ConversationId }, Teams.ConversationsOf(person.Id));
        Assert.DoesNotContain(Teams.Log.Entries.Skip(logged), e => e.PathAndQuery.EndsWith("/v3/conversations", StringComparison.Ordinal));
    }
}
