using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.M365Emulator.BotFramework;

namespace Mentoring.M365Emulator.BotConnector;

/// <summary>
/// What Teams posts to a bot's messaging endpoint when its app is added to or removed from a person's personal scope: an
/// <c>installationUpdate</c> (action <c>add</c> or <c>remove</c>) and, on an add, a <c>conversationUpdate</c> whose
/// <c>membersAdded</c> names the bot, in the person's 1:1 conversation. Signed as the Bot Connector signs its activities.
/// </summary>
/// <remarks>
/// Shapes: learn.microsoft.com/microsoftteams/platform/bots/how-to/conversations/subscribe-to-conversation-events ("Install update
/// event": <c>type: installationUpdate</c>, <c>action: add|remove</c>; "Members added": a bot "receives a conversationUpdate … the
/// first time it's added to a personal conversation"), the fields every Teams activity carries (serviceUrl, channelId msteams,
/// from with aadObjectId, conversation personal with tenantId, recipient 28:{bot}, channelData.tenant). Posted after the install
/// answered, in the background, as Teams does: nothing guarantees the bot heard of an install before the installer's next call.
/// Each post and the bot's answer are kept in <see cref="BotConnectorService.Posted"/>.
/// </remarks>
internal sealed class InstallationActivities(BotConnectorService connector, ChannelTokenIssuer tokens, HttpClient http)
{
    public void Added(TeamsPerson person, string manifestId) => Post(person, manifestId, added: true);

    public void Removed(TeamsPerson person, string manifestId) => Post(person, manifestId, added: false);

    private void Post(TeamsPerson person, string manifestId, bool added)
    {
        foreach (var bot in BotsOf(manifestId))
        {
            var (conversation, _) = connector.Conversations.GetOrCreate(bot.AppId, person);
            _ = Task.Run(async () =>
            {
                await SendAsync(bot, person, conversation.Id, Installation(bot, person, conversation.Id, added ? "add" : "remove"));
                if (added)
                    await SendAsync(bot, person, conversation.Id, MembersAdded(bot, person, conversation.Id));
            });
        }
    }

    private IEnumerable<BotRegistrations.Registration> BotsOf(string manifestId) =>
        connector.Apps.Find(manifestId)?["bots"] is JsonArray bots
            ? bots.Select(b => b?["botId"]?.ToString()).OfType<string>().Select(connector.Bots.Find).OfType<BotRegistrations.Registration>()
                .Where(b => b.MessagingEndpoint is not null)
            : [];

    private async Task SendAsync(BotRegistrations.Registration bot, TeamsPerson person, string conversationId, JsonObject activity)
    {
        var serviceUrl = connector.ServiceUrl.ToString();
        activity["serviceUrl"] = serviceUrl;
        using var request = new HttpRequestMessage(HttpMethod.Post, bot.MessagingEndpoint) { Content = JsonContent.Create(activity) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.Create(bot.AppId, serviceUrl));
        int status;
        try
        {
            using var response = await http.SendAsync(request);
            status = (int)response.StatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            status = 0;
        }

        connector.Posted.Add(new PostedActivity(activity["type"]!.ToString(), activity["action"]?.ToString(), person.Id, bot.AppId, conversationId, status));
    }

    private JsonObject Installation(BotRegistrations.Registration bot, TeamsPerson person, string conversationId, string action)
    {
        var activity = Common("installationUpdate", bot, person, conversationId);
        activity["action"] = action;
        return activity;
    }

    private JsonObject MembersAdded(BotRegistrations.Registration bot, TeamsPerson person, string conversationId)
    {
        var activity = Common("conversationUpdate", bot, person, conversationId);
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:" + bot.AppId });
        return activity;
    }

    private JsonObject Common(string type, BotRegistrations.Registration bot, TeamsPerson person, string conversationId)
    {
        var tenant = person.TenantId.ToString();
        return new JsonObject
        {
            ["type"] = type,
            ["id"] = "f:" + Guid.NewGuid().ToString("N"),
            ["timestamp"] = connector.Time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffK", CultureInfo.InvariantCulture),
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = person.Mri, ["name"] = person.DisplayName, ["aadObjectId"] = person.Id.ToString() },
            ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = tenant, ["id"] = conversationId },
            ["recipient"] = new JsonObject { ["id"] = "28:" + bot.AppId, ["name"] = bot.Name },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } },
            ["locale"] = person.Locale,
        };
    }
}
