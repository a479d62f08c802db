namespace Mentoring.Functions.Bot;

/// <summary>Which activities the bot answers with more than a 200: the <c>Action.Execute</c> of its cards.</summary>
public static class BotReplies
{
    public const string AdaptiveCardAction = "adaptiveCard/action";

    public static bool IsCardAction(BotActivity activity) => activity.Type == "invoke" && activity.Name == AdaptiveCardAction;
}
