using System.Text.Json.Nodes;
using Mentoring.Core.FollowUps;
using Mentoring.M365Emulator;
using Mentoring.M365Emulator.BotFramework;

namespace Mentoring.Api.Tests.FollowUps;

/// <summary>Invokes as Teams sends them when a person clicks a card's Action.Execute: the action's data merged with the inputs.</summary>
/// <remarks>Without a serviceUrl: the fixture that posts them stamps its own Bot Connector's.</remarks>
internal static class CardInvokes
{
    /// <summary>The invoke of <paramref name="card"/>'s first Action.Execute, with <paramref name="inputs"/> set (as strings, as Teams sends them).</summary>
    public static JsonObject Click(string card, DemoUser by, IReadOnlyDictionary<string, string> inputs, string? verb = null, string locale = "fr-FR")
    {
        var action = JsonNode.Parse(card)!["actions"]!.AsArray().First(a => a!["type"]!.GetValue<string>() == "Action.Execute")!;
        var data = action["data"]!.DeepClone().AsObject();
        foreach (var (id, value) in inputs)
        {
            data[id] = value;
        }

        return Invoke(by, verb ?? action["verb"]!.GetValue<string>(), data, locale);
    }

    public static JsonObject Invoke(DemoUser by, string verb, JsonObject data, string locale = "fr-FR") => new()
    {
        ["type"] = "invoke",
        ["name"] = "adaptiveCard/action",
        ["id"] = "f:" + Guid.NewGuid().ToString("N"),
        ["channelId"] = "msteams",
        ["locale"] = locale,
        ["from"] = new JsonObject { ["id"] = "29:" + by.Id.ToString("N"), ["aadObjectId"] = by.Id.ToString(), ["name"] = by.DisplayName },
        ["conversation"] = new JsonObject { ["id"] = "a:" + by.Id.ToString("N"), ["conversationType"] = "personal", ["tenantId"] = by.TenantId.ToString() },
        ["recipient"] = new JsonObject { ["id"] = "28:" + DemoBot.AppId },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = by.TenantId.ToString() } },
        ["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data }, ["trigger"] = "manual" },
    };

    /// <summary>The card's input ids of the commitments it reviews.</summary>
    public static string[] CommitmentInputs(string card) =>
        [.. JsonNode.Parse(card)!["body"]!.AsArray().Select(n => n!["id"]?.GetValue<string>()).OfType<string>().Where(i => i.StartsWith(FollowUpCard.CommitmentInputPrefix, StringComparison.Ordinal))];
}
