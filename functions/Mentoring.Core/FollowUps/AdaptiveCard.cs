using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mentoring.Core.FollowUps;

/// <summary>The Adaptive Card 1.5 elements the product's cards are made of, as JSON nodes.</summary>
/// <remarks>Texts are always given as TextBlock text or input values, never as markdown links: what members wrote stays text.</remarks>
public static class AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string Version = "1.5";

    /// <summary>UTF-8 as is: a \u escape per accented letter would make French cards a third larger for nothing.</summary>
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonObject Card(string lang, IEnumerable<JsonNode?> body, IEnumerable<JsonNode?> actions) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = Version,
        ["lang"] = lang,
        ["body"] = new JsonArray([.. body.Where(n => n is not null)]),
        ["actions"] = new JsonArray([.. actions.Where(n => n is not null)]),
    };

    public static JsonObject Text(string text, bool bold = false, bool subtle = false, string? size = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = Escape(text), ["wrap"] = true };
        if (bold)
        {
            block["weight"] = "Bolder";
        }

        if (subtle)
        {
            block["isSubtle"] = true;
        }

        if (size is not null)
        {
            block["size"] = size;
        }

        return block;
    }

    public static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray([.. facts.Select(f => (JsonNode)new JsonObject { ["title"] = Escape(f.Title), ["value"] = Escape(f.Value) })]),
    };

    public static JsonObject Choices(string id, string label, IEnumerable<(string Title, string Value)> choices, string? value, bool expanded = false, bool multi = false, string? requiredMessage = null)
    {
        var input = new JsonObject
        {
            ["type"] = "Input.ChoiceSet",
            ["id"] = id,
            ["label"] = label,
            ["choices"] = new JsonArray([.. choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value })]),
        };
        if (value is not null)
        {
            input["value"] = value;
        }

        if (expanded)
        {
            input["style"] = "expanded";
        }

        if (multi)
        {
            input["isMultiSelect"] = true;
        }

        if (requiredMessage is not null)
        {
            input["isRequired"] = true;
            input["errorMessage"] = requiredMessage;
        }

        return input;
    }

    public static JsonObject TextInput(string id, string label, string? value, int maxLength, string? placeholder = null, bool multiline = false)
    {
        var input = new JsonObject { ["type"] = "Input.Text", ["id"] = id, ["label"] = label, ["maxLength"] = maxLength };
        if (!string.IsNullOrEmpty(value))
        {
            input["value"] = value;
        }

        if (placeholder is not null)
        {
            input["placeholder"] = placeholder;
        }

        if (multiline)
        {
            input["isMultiline"] = true;
        }

        return input;
    }

    public static JsonObject Execute(string title, string verb, JsonObject data) => new()
    {
        ["type"] = "Action.Execute",
        ["title"] = title,
        ["verb"] = verb,
        ["data"] = data,
    };

    public static JsonObject OpenUrl(string title, string url) => new() { ["type"] = "Action.OpenUrl", ["title"] = title, ["url"] = url };

    public static string Serialize(JsonObject card) => card.ToJsonString(Json);

    /// <summary>At most <paramref name="max"/> characters, cut between text elements (never inside an emoji or a surrogate pair).</summary>
    public static string Shorten(string text, int max)
    {
        var flat = text.ReplaceLineEndings(" ");
        if (flat.Length <= max)
        {
            return flat;
        }

        var cut = 0;
        var elements = StringInfo.GetTextElementEnumerator(flat);
        while (elements.MoveNext() && elements.ElementIndex + elements.GetTextElement().Length <= max - 1)
        {
            cut = elements.ElementIndex + elements.GetTextElement().Length;
        }

        return flat[..cut].TrimEnd() + "…";
    }

    /// <summary>
    /// TextBlocks read a subset of markdown: what a member wrote must not become a link that seems to come from the product.
    /// An invisible zero-width space between "]" and "(" breaks the link syntax and shows nothing; backslash escapes would
    /// show in renderers without markdown.
    /// </summary>
    private static string Escape(string text) => text.Replace("](", "]\u200B(", StringComparison.Ordinal);
}
