using Mentoring.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Mentoring.Functions.Bot;

/// <summary>What the bot answers an authenticated activity with, until the follow-up cards arrive.</summary>
public static class BotReplies
{
    public const string AdaptiveCardAction = "adaptiveCard/action";

    public static IActionResult For(BotActivity activity) =>
        activity.Type == "invoke" && activity.Name == AdaptiveCardAction ? NotYet(activity.Locale) : new OkResult();

    /// <summary>
    /// An Action.Execute gets Teams' error response, HTTP 200 carrying <c>application/vnd.microsoft.error</c>, so the card
    /// shows the message instead of a generic failure. 501: the product knows the invoke but does not handle it yet.
    /// </summary>
    private static IActionResult NotYet(string? locale)
    {
        var english = locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true;
        const string code = "bot.cardsNotYet";
        return new JsonResponse(new
        {
            statusCode = StatusCodes.Status501NotImplemented,
            type = "application/vnd.microsoft.error",
            value = new { code, message = ErrorMessages.Format(code, null, english) },
        });
    }
}
