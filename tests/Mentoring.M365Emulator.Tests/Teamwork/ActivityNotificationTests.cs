using System.Net;
using System.Text.Json;
using Mentoring.M365Emulator.BotConnector;
using Mentoring.M365Emulator.BotFramework;
using Mentoring.M365Emulator.Tests.BotConnector;
using Mentoring.M365Emulator.Tests.Graph;

namespace Mentoring.M365Emulator.Tests.Teamwork;

/// <summary>Graph's activity-feed actions: what they take, what they refuse (writing nothing), and the Teams client's rail.</summary>
public sealed class ActivityNotificationTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _fixture;
    private readonly GraphClient _graph;

    public ActivityNotificationTests(EmulatorFixture fixture)
    {
        _fixture = fixture;
        fixture.Emulator.BotConnector.Reset();
        fixture.Emulator.Permissions.Reset();
        fixture.Emulator.BotConnector.ActivityFeed.EnforceRateLimits = false;
        ActivityFeedSeed.InstallApp(fixture.Emulator);
        fixture.Emulator.BotConnector.Install(Seeds.Hugo.Id);
        fixture.Emulator.BotConnector.Install(Seeds.Camille.Id);
        _graph = new GraphClient(fixture.Http);
    }

    private ActivityFeedView Feed => new(_fixture.Emulator.BotConnector);

    [Fact]
    public async Task Each_recipient_reads_the_template_and_the_app_name_in_their_language_from_the_packages_language_files()
    {
        var priya = DemoDirectory.Find("priya.nair@contoso.example")!; // en-IN: no en-IN file, so the "en" one
        _fixture.Emulator.BotConnector.Install(priya.Id);

        using var bulk = await _graph.SendAsync(HttpMethod.Post, "teamwork/sendActivityNotificationToRecipients",
            ActivityFeedSeed.Body(recipients: ActivityFeedSeed.Recipients(priya.Id, Seeds.Camille.Id)));

        Assert.Equal(HttpStatusCode.Accepted, bulk.StatusCode);
        var english = _fixture.Emulator.BotConnector.ActivityFeed.For(priya.Id)[0];
        Assert.Equal(("Prepare jeudi's session: add an item", "Mentoring circles"), (english.Reason, english.Actor));
        var french = _fixture.Emulator.BotConnector.ActivityFeed.For(Seeds.Camille.Id)[0]; // fr-FR: the manifest's own strings
        Assert.Equal(("Préparez la séance de jeudi : ajoutez un point", "Cercles de mentorat"), (french.Reason, french.Actor));
    }

    [Fact]
    public async Task A_declared_type_reaches_the_feed_with_its_template_filled_and_a_bulk_send_reaches_every_recipient()
    {
        using var single = await _graph.SendAsync(HttpMethod.Post, $"users/{Seeds.Hugo.Id}/teamwork/sendActivityNotification", ActivityFeedSeed.Body());
        using var bulk = await _graph.SendAsync(HttpMethod.Post, "teamwork/sendActivityNotificationToRecipients",
            ActivityFeedSeed.Body("commitmentDue", "[]", ActivityFeedSeed.Recipients(Seeds.Hugo.Id, Seeds.Camille.Id)));

        Assert.Equal(HttpStatusCode.NoContent, single.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, bulk.StatusCode);
        var hugo = _fixture.Emulator.BotConnector.ActivityFeed.For(Seeds.Hugo.Id);
        Assert.Equal(["commitmentDue", "prepareSession"], hugo.Select(n => n.ActivityType));
        Assert.Equal("Préparez la séance de jeudi : ajoutez un point", hugo[1].Reason);
        Assert.Equal("Cercles de mentorat", hugo[1].Actor);
        Assert.Equal(ActivityFeedSeed.TabLink, hugo[1].WebUrl);
        Assert.Single(_fixture.Emulator.BotConnector.ActivityFeed.For(Seeds.Camille.Id));
    }

    [Fact]
    public async Task An_activity_type_not_in_the_manifest_is_400_and_reaches_nobody()
    {
        using var single = await _graph.SendAsync(HttpMethod.Post, $"users/{Seeds.Hugo.Id}/teamwork/sendActivityNotification", ActivityFeedSeed.Body("taskCreated"));
        using var bulk = await _graph.SendAsync(HttpMethod.Post, "teamwork/sendActivityNotificationToRecipients",
            ActivityFeedSeed.Body("taskCreated", recipients: ActivityFeedSeed.Recipients(Seeds.Hugo.Id)));

        Assert.Equal(HttpStatusCode.BadRequest, single.StatusCode);
        Assert.Contains("taskCreated", await single.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, bulk.StatusCode);
        Assert.Empty(_fixture.Emulator.BotConnector.ActivityFeed.For(Seeds.Hugo.Id));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("""[{ "name": "day", "value": "jeudi" }, { "name": "time", "value": "10:00" }]""")]
    public async Task Template_parameters_that_do_not_fill_exactly_the_placeholders_are_400(string parameters)
    {
        using var response = await _graph.SendAsync(HttpMethod.Post, $"users/{Seeds.Hugo.Id}/teamwork/sendActivityNotification", ActivityFeedSeed.Body(parameters: parameters));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_fixture.Emulator.BotConnector.ActivityFeed.For(Seeds.Hugo.Id));
    }

    [Fact]
    public async Task A_recipient_without_the_app_is_403_and_a_bulk_send_naming_them_reaches_nobody()
    {
        using var single = await _graph.SendAsync(HttpMethod.Post, $"users/{Seeds.Emilie.Id}/teamwork/sendActivityNotification", ActivityFeedSeed.Body());
        using var bulk = await _graph.SendAsync(HttpMethod.Post, "teamwork/sendActivityNotificationToRecipients",
            ActivityFeedSeed.Body(recipients: ActivityFeedSeed.Recipients(Seeds.Hugo.Id, Seeds.Emilie.Id)));

        Assert.Equal(HttpStatusCode.Forbidden, single.StatusCode);
        Assert.Equal("Forbidden", await ConnectorClient.ErrorCodeAsync(single));
        Assert.Contains("Ensure that the expected Teams app is installed", await single.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, bulk.StatusCode);
        Assert.Empty(_fixture.Emulator.BotConnector.ActivityFeed.For(Seeds.Hugo.Id));
    }

    [Fact]
    public async Task Without_TeamsActivity_Send_both_actions_are_403_Forbidden()
    {
        _fixture.Emulator.Permissions.GrantGraphRoles(DemoDirectory.ApiClientId, ["User.Read.All", "TeamsAppInstallation.ReadWriteSelfForUser.All"]);
        var graph = new GraphClient(_fixture.Http);

        using var single = await graph.SendAsync(HttpMethod.Post, $"users/{Seeds.Hugo.Id}/teamwork/sendActivityNotification", ActivityFeedSeed.Body());
        using var bulk = await graph.SendAsync(HttpMethod.Post, "teamwork/sendActivityNotificationToRecipients",
            ActivityFeedSeed.Body(recipients: ActivityFeedSeed.Recipients(Seeds.Hugo.Id)));

        Assert.Equal(HttpStatusCode.Forbidden, single.StatusCode);
        Assert.Contains("TeamsActivity.Send", await single.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, bulk.StatusCode);
        Assert.Empty(_fixture.Emulator.BotConnector.ActivityFeed.For(Seeds.Hugo.Id));
    }

    [Fact]
    public async Task More_than_100_recipients_or_a_text_topic_without_webUrl_are_400()
    {
        var many = Enumerable.Range(0, 101).Select(_ => Guid.NewGuid()).ToArray();
        using var tooMany = await _graph.SendAsync(HttpMethod.Post, "teamwork/sendActivityNotificationToRecipients",
            ActivityFeedSeed.Body(recipients: ActivityFeedSeed.Recipients(many)));
        using var noLink = await _graph.SendAsync(HttpMethod.Post, $"users/{Seeds.Hugo.Id}/teamwork/sendActivityNotification",
            ActivityFeedSeed.Body().Replace($", \"webUrl\": \"{ActivityFeedSeed.TabLink}\"", "", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noLink.StatusCode);
    }

    [Fact]
    public async Task The_Teams_client_rail_counts_unread_notifications_and_opening_one_reads_it()
    {
        using var sent = await _graph.SendAsync(HttpMethod.Post, $"users/{Seeds.Hugo.Id}/teamwork/sendActivityNotification", ActivityFeedSeed.Body());
        var before = await Feed.ReadAsync(_fixture.Http, Seeds.Hugo.Id);
        var id = before.GetProperty("notifications")[0].GetProperty("id").GetString();
        using var read = await _fixture.Http.PostAsync($"teams/api/activity/{id}/read?user={Seeds.Hugo.Id}", null);
        var after = await Feed.ReadAsync(_fixture.Http, Seeds.Hugo.Id);

        Assert.Equal(1, before.GetProperty("unread").GetInt32());
        Assert.Equal(ActivityFeedSeed.TabLink, before.GetProperty("notifications")[0].GetProperty("webUrl").GetString());
        Assert.Equal(HttpStatusCode.NoContent, read.StatusCode);
        Assert.Equal(0, after.GetProperty("unread").GetInt32());
    }

    private sealed class ActivityFeedView(BotConnectorService connector)
    {
        public BotConnectorService Connector { get; } = connector;

        public async Task<JsonElement> ReadAsync(HttpClient http, Guid user) =>
            JsonDocument.Parse(await http.GetStringAsync($"teams/api/activity?user={user}")).RootElement.Clone();
    }
}
