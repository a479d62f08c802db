using System.Text.Json.Nodes;
using Mentoring.Core.Common;
using Mentoring.Core.FollowUps;

namespace Mentoring.Core.Requests;

/// <summary>An <c>Action.Execute</c> of a mentor request's card: accept or decline, the request, and the word typed in the card.</summary>
/// <remarks>The card names no person: who acts is the invoke's sender, and <see cref="AnswerMentorRequest"/> lets only the
/// request's mentor answer (anyone else: not found; the mentee: forbidden).</remarks>
public sealed record RequestCardInvoke(string Verb, Guid Request, string? Word)
{
    public bool Accepts => Verb == CardVerbs.AcceptRequest;

    public static Result<RequestCardInvoke> Parse(string? verb, JsonObject? data)
    {
        if (verb is null || !CardVerbs.Requests.Contains(verb))
        {
            return Error.Invalid("verb", "bot.verb.unknown", new Dictionary<string, object> { ["verbs"] = string.Join(", ", CardVerbs.All) });
        }

        if (!Guid.TryParse(Read(data, CardVerbs.Request), out var request))
        {
            return Error.Invalid(CardVerbs.Request, "id.invalid");
        }

        return new RequestCardInvoke(verb, request, Read(data, RequestCard.WordInput));
    }

    /// <summary>Inputs arrive as strings; a crafted invoke sending anything else is read as no value.</summary>
    private static string? Read(JsonObject? data, string key) =>
        data?[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
