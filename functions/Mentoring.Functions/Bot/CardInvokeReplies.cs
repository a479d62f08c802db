using System.Text.Json.Nodes;
using Mentoring.Core.Circles.Invitations;
using Mentoring.Core.Common;
using Mentoring.Core.FollowUps;
using Mentoring.Core.People;
using Mentoring.Core.Requests;
using Mentoring.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Mentoring.Functions.Bot;

/// <summary>
/// Answers an <c>Action.Execute</c> from one of the product's cards: resolves the person Teams says acted (Entra object id and
/// tenant from the activity, which the channel token vouches for), lets the use case check membership and apply it, and answers
/// with the card that replaces the one clicked, or Teams' error response in the person's language.
/// </summary>
/// <remarks>
/// Teams shows an invoke's error from an HTTP 200 whose body is <c>{statusCode, type, value:{code, message}}</c>: 412
/// <c>application/vnd.microsoft.error.preconditionFailed</c> when the card is out of date (the answer changed since), 400
/// <c>application/vnd.microsoft.error</c> for everything else the person can act on.
/// </remarks>
public sealed class CardInvokeReplies(
    CardActions actions, RequestCardActions requests, InvitationCardActions invitations, IPersonDirectory directory, IOptions<AuthOptions> auth)
{
    public async Task<IActionResult> AnswerAsync(BotActivity activity, CancellationToken cancellationToken)
    {
        var english = CardReader.IsEnglish(activity.Locale);
        if (!TenantId.TryParse(activity.ChannelData?.Tenant?.Id ?? activity.Conversation?.TenantId, out var tenant) || !PersonId.TryParse(activity.From?.AadObjectId, out var id))
        {
            return Error(Core.Common.Error.Invalid("from", "bot.invoke.noPerson"), english);
        }

        if (!auth.Value.AllowedTenants.Contains(tenant.Value))
        {
            return Error(Core.Common.Error.Forbidden("auth.tenant.notAllowed"), english);
        }

        var action = activity.Value?["action"] as JsonObject;
        var verb = action?["verb"] is JsonValue verbValue && verbValue.TryGetValue<string>(out var v) ? v : null;
        if (verb is not null && CardVerbs.Invitations.Contains(verb))
        {
            return await AnswerInvitationAsync(tenant, id, activity, verb, action?["data"] as JsonObject, cancellationToken);
        }

        var isRequest = verb is not null && CardVerbs.Requests.Contains(verb);
        var invoke = isRequest ? null : CardInvoke.Parse(verb, action?["data"] as JsonObject);
        var requestInvoke = isRequest ? RequestCardInvoke.Parse(verb, action?["data"] as JsonObject) : null;
        if (invoke is { IsSuccess: false } || requestInvoke is { IsSuccess: false })
        {
            return Error((invoke?.Errors ?? requestInvoke!.Errors)[0], english);
        }

        var person = (await directory.FindAsync(tenant, [id], cancellationToken)).FirstOrDefault();
        english = person is null ? english : CardReader.IsEnglish(person.Locale);
        var caller = new Caller(tenant, id, person?.DisplayName ?? activity.From?.Name ?? "");
        var key = activity.Id is { Length: > 0 and <= 150 } activityId && activityId.All(c => c is >= '!' and <= '~') ? "card:" + activityId : null;
        var card = requestInvoke is not null
            ? await requests.ExecuteAsync(caller, person, requestInvoke.Value, cancellationToken)
            : await actions.ExecuteAsync(caller, person, invoke!.Value, key, cancellationToken);
        return Reply(card, english);
    }

    /// <summary>An invitation's card: the invitee accepts or declines; the reply is the card that replaces it.</summary>
    private async Task<IActionResult> AnswerInvitationAsync(TenantId tenant, PersonId id, BotActivity activity, string verb, JsonObject? data, CancellationToken cancellationToken)
    {
        var person = (await directory.FindAsync(tenant, [id], cancellationToken)).FirstOrDefault();
        var caller = new Caller(tenant, id, person?.DisplayName ?? activity.From?.Name ?? "");
        var card = await invitations.ExecuteAsync(caller, person, verb, data, cancellationToken);
        return Reply(card, CardReader.IsEnglish(person?.Locale ?? activity.Locale));
    }

    private static IActionResult Reply(Result<MemberCard> card, bool english) =>
        card.IsSuccess
            ? new JsonResponse(new JsonObject { ["statusCode"] = StatusCodes.Status200OK, ["type"] = AdaptiveCard.ContentType, ["value"] = JsonNode.Parse(card.Value.CardJson) })
            : Error(card.Errors[0], english);

    /// <summary>Teams' error response for an invoke refused before it is read (its tenant not served, say), in the activity's language.</summary>
    public static IActionResult Refuse(Error error, BotActivity activity) => Error(error, CardReader.IsEnglish(activity?.Locale));

    private static JsonResponse Error(Error error, bool english)
    {
        var stale = error.Code == "followUp.stale";
        return new JsonResponse(new JsonObject
        {
            ["statusCode"] = stale ? StatusCodes.Status412PreconditionFailed : StatusCodes.Status400BadRequest,
            ["type"] = stale ? "application/vnd.microsoft.error.preconditionFailed" : "application/vnd.microsoft.error",
            ["value"] = new JsonObject { ["code"] = error.Code, ["message"] = ErrorMessages.Format(error.Code, error.Args, english) },
        });
    }
}
