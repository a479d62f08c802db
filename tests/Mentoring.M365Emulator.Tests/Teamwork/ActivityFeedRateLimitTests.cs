using System.Net;
using Mentoring.M365Emulator.Tests.BotConnector;
using Mentoring.M365Emulator.Tests.Graph;

namespace Mentoring.M365Emulator.Tests.Teamwork;

/// <summary>
/// Graph's Teams limits on activity notifications (learn.microsoft.com/graph/throttling-limits): 5 requests a second per app per
/// tenant to a user, 2 a second in bulk; beyond, 429 with Retry-After, and the request passes once that wait is over.
/// </summary>
public sealed class ActivityFeedRateLimitTests : IClassFixture<FakeClockEmulatorFixture>
{
    private readonly FakeClockEmulatorFixture _fixture;
    private readonly GraphClient _graph;

    public ActivityFeedRateLimitTests(FakeClockEmulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Emulator.BotConnector.Reset();
        fixture.Emulator.Permissions.Reset();
        ActivityFeedSeed.InstallApp(fixture.Emulator);
        fixture.Emulator.BotConnector.Install(Seeds.Hugo.Id);
        _graph = new GraphClient(fixture.Http);
    }

    [Fact]
    public async Task The_sixth_notification_to_a_user_within_a_second_is_429_and_passes_after_the_announced_wait()
    {
        var accepted = 0;
        for (var i = 0; i < 5; i++)
        {
            using var ok = await SingleAsync();
            accepted += ok.StatusCode == HttpStatusCode.NoContent ? 1 : 0;
        }

        using var sixth = await SingleAsync();
        _fixture.Clock.Advance(sixth.Headers.RetryAfter?.Delta ?? TimeSpan.Zero);
        using var retried = await SingleAsync();

        Assert.Equal(5, accepted);
        Assert.Equal((HttpStatusCode)429, sixth.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), sixth.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.NoContent, retried.StatusCode);
        Assert.Equal(6, _fixture.Emulator.BotConnector.ActivityFeed.For(Seeds.Hugo.Id).Count);
    }

    [Fact]
    public async Task The_third_bulk_send_within_a_second_is_429_and_reaches_nobody()
    {
        using var first = await BulkAsync();
        using var second = await BulkAsync();
        using var third = await BulkAsync();

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal((HttpStatusCode)429, third.StatusCode);
        Assert.NotNull(third.Headers.RetryAfter?.Delta);
        Assert.Equal(2, _fixture.Emulator.BotConnector.ActivityFeed.For(Seeds.Hugo.Id).Count);
    }

    private Task<HttpResponseMessage> SingleAsync() =>
        _graph.SendAsync(HttpMethod.Post, $"users/{Seeds.Hugo.Id}/teamwork/sendActivityNotification", ActivityFeedSeed.Body());

    private Task<HttpResponseMessage> BulkAsync() =>
        _graph.SendAsync(HttpMethod.Post, "teamwork/sendActivityNotificationToRecipients", ActivityFeedSeed.Body(recipients: ActivityFeedSeed.Recipients(Seeds.Hugo.Id)));
}
