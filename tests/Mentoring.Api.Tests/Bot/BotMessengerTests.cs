using Mentoring.Core.Common;
using Mentoring.Core.Delivery;
using Mentoring.Core.FollowUps;
using Mentoring.Core.People;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Api.Tests.Bot;

/// <summary>The product's Bot Connector client and Graph installer against the emulator's Bot Connector (Teams' wire formats).</summary>
[Collection(LocalHostCollection.Name)]
public sealed class BotMessengerTests(LocalHostFixture fixture)
{
    private static readonly MemberCard Card = new("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Suivi"}]}""", "fr-FR", "Suivi de séance");

    [Fact]
    public async Task A_first_card_installs_the_app_opens_one_conversation_and_a_person_who_blocked_the_bot_is_not_written_to_again()
    {
        var bot = fixture.Host.Services.GetRequiredService<IBotMessenger>();
        var connector = fixture.Host.Emulator.BotConnector;
        var (tenant, person) = (new TenantId(Users.Manon.TenantId), new PersonId(Users.Manon.Id));

        var opened = await bot.OpenAsync(tenant, person);
        Assert.Equal(BotStatus.Done, opened.Status);
        Assert.Equal(BotStatus.Done, (await bot.SendAsync(tenant, person, opened.Conversation!, Card)).Status);
        Assert.Equal(opened.Conversation, (await bot.OpenAsync(tenant, person)).Conversation);
        var conversation = Assert.Single(connector.ConversationsOf(Users.Manon.Id));
        Assert.Single(connector.ActivitiesOf(conversation));

        connector.Block(Users.Manon.Id);
        var refused = await bot.SendAsync(tenant, person, opened.Conversation!, Card);
        Assert.Equal(BotStatus.Unreachable, refused.Status);
        Assert.Equal("ConversationBlockedByUser", refused.Detail);
        var requests = connector.Log.Entries.Count;
        Assert.Equal(BotStatus.Unreachable, (await bot.OpenAsync(tenant, person)).Status);
        Assert.Equal(requests, connector.Log.Entries.Count);
        Assert.Single(connector.ActivitiesOf(conversation));
    }
}
