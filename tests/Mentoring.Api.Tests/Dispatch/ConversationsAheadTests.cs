using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.Delivery;
using Mentoring.Core.People;
using Mentoring.Core.Privacy;
using Mentoring.Infrastructure.Dispatch;
using Mentoring.M365Emulator;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Api.Tests.Dispatch;

/// <summary>
/// Issue 22.5: a person's conversation with the bot is opened when they join a circle, so their first card costs one Bot
/// Connector request (the send) instead of two (create the conversation, then send).
/// </summary>
[Collection(DispatchHostCollection.Name)]
public sealed class ConversationsAheadTests(DispatchHostFixture fixture)
{
    private const string Conversations = "/botconnector/v3/conversations";

    [Fact]
    public async Task People_who_joined_a_circle_get_their_first_follow_up_card_with_one_Bot_Connector_request_each()
    {
        fixture.Teams.Faults.Reset();
        fixture.Crashes.Reset(null);
        var (mentor, mentee) = (Users.Camille, Users.Hugo);
        Assert.All(new[] { mentor, mentee }, p => Assert.Empty(fixture.Teams.ConversationsOf(p.Id)));

        // Camille joins by creating the circle, Hugo by accepting her invitation: each join queues the opening.
        using var camille = await fixture.Users.AsAsync(mentor);
        var circle = new CircleId(Guid.Parse((await Circles.CreateAsync(camille, Circles.Mentorship(mentor, mentee)))["id"]!.GetValue<string>()));
        await fixture.Host.DrainQueuesAsync(TimeSpan.FromSeconds(120));

        var mark = fixture.Teams.Log.Entries.Count;
        var cards = new[] { mentor, mentee }.Select(p => new CardDelivery(Contoso, circle, "20991231T1800Z", new PersonId(p.Id), CardKind.FollowUp)).ToArray();
        await fixture.Host.Services.GetRequiredService<IDeliveryQueue>().EnqueueCardsAsync(cards);
        await fixture.Host.DrainQueuesAsync(TimeSpan.FromSeconds(120));

        var atDispatch = fixture.Teams.Log.Entries.Skip(mark).ToArray();
        Assert.All(new[] { mentor, mentee }, p => Assert.Equal(["Suivi de séance"], fixture.ChatOf(p.Id)));
        Assert.Equal(2, atDispatch.Length);
        Assert.All(new[] { mentor, mentee }, p => Assert.Single(fixture.Teams.ConversationsOf(p.Id)));
        Assert.All(atDispatch, e => Assert.EndsWith("/activities", e.PathAndQuery, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_repeated_message_opens_nothing_twice_and_a_throttled_opening_is_retried_until_done()
    {
        fixture.Teams.Faults.Reset();
        var person = fixture.Teams.AddPeople(Contoso.Value, [Guid.NewGuid()]).Single();
        var queues = fixture.Host.Services.GetRequiredService<DeliveryQueues>();

        // Teams throttles every Bot Connector request (the client tries 4 times): the opening comes back, nothing is lost.
        fixture.Teams.Faults.Configure(new FaultSettings(FailureRate: 1, Statuses: [429, 503], RetryAfterSeconds: 1));
        var mark = fixture.Teams.Log.Entries.Count;
        await fixture.Host.Services.GetRequiredService<ConversationsAhead>().JoinedAsync(Contoso, [new PersonId(person.Id)]);
        await WhenAsync(() => fixture.Teams.Log.Entries.Skip(mark).Count(e => e.Status is 429 or 503) >= 4);
        fixture.Teams.Faults.Reset();
        await fixture.Host.DrainQueuesAsync(TimeSpan.FromSeconds(120));
        var opened = Assert.Single(fixture.Teams.ConversationsOf(person.Id));
        var known = await fixture.Host.Services.GetRequiredService<IBotMessenger>().FindAsync(Contoso, new PersonId(person.Id));
        Assert.Equal(opened, known?.Conversation?.ConversationId);

        // The same message twice more (a duplicate, a retry after a lost answer): one point read each, no Teams request.
        mark = fixture.Teams.Log.Entries.Count;
        var message = DeliveryMessages.Write(Contoso, new PersonId(person.Id));
        await Task.WhenAll(queues.Conversations.SendMessageAsync(message), queues.Conversations.SendMessageAsync(message));
        await fixture.Host.DrainQueuesAsync(TimeSpan.FromSeconds(60));
        Assert.DoesNotContain(fixture.Teams.Log.Entries.Skip(mark), e => e.PathAndQuery.StartsWith(Conversations, StringComparison.Ordinal));
        Assert.Equal([opened], fixture.Teams.ConversationsOf(person.Id));
        Assert.Empty(fixture.ChatOf(person.Id));
    }

    [Fact]
    public async Task Nobody_who_paused_everything_or_is_being_erased_gets_the_app_installed_or_a_conversation_opened()
    {
        fixture.Teams.Faults.Reset();
        var services = fixture.Host.Services;
        var people = fixture.Teams.AddPeople(Contoso.Value, [Guid.NewGuid(), Guid.NewGuid()]).Select(p => new PersonId(p.Id)).ToArray();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        await services.GetRequiredService<IPersonPause>().SetAsync(Contoso, people[0], true, now);
        await services.GetRequiredService<IErasureLog>().StartAsync(Contoso, people[1], [], [], now);

        await services.GetRequiredService<ConversationsAhead>().JoinedAsync(Contoso, people);
        await fixture.Host.DrainQueuesAsync(TimeSpan.FromSeconds(60));

        var messenger = services.GetRequiredService<IBotMessenger>();
        foreach (var person in people)
        {
            Assert.Empty(fixture.Teams.ConversationsOf(person.Value));
            Assert.Empty(fixture.Teams.AppsOf(person.Value));
            Assert.Null(await messenger.FindAsync(Contoso, person));
        }
    }

    private static TenantId Contoso => new(DemoDirectory.ContosoTenantId);

    /// <summary>Waits for a state of the emulator (never for a time); on timeout, says what the Bot Connector and Graph saw.</summary>
    private async Task WhenAsync(Func<bool> condition)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(180));
        while (!condition())
        {
            Assert.False(limit.IsCancellationRequested, "Bot Connector: " + string.Join(", ", fixture.Teams.Log.Entries.TakeLast(8).Select(e => $"{e.Method} {e.PathAndQuery} {e.Status}"))
                + " | Graph: " + string.Join(", ", fixture.Host.Emulator.Log.Entries.TakeLast(8).Select(e => $"{e.Method} {e.PathAndQuery} {e.Status}")));
            await Task.Delay(50);
        }
    }
}
