namespace Mentoring.Core.FollowUps;

/// <summary>Whether cards reach a person in Teams, and if not why and since when.</summary>
/// <param name="Reason">Null while reachable; else <see cref="Blocked"/>, <see cref="AppRemoved"/>, <see cref="DisabledByAdmin"/> or
/// <see cref="Other"/>. It ends when the person installs the app again (Teams then tells the bot).</param>
public sealed record BotReach(string? Reason, DateTimeOffset? Since)
{
    /// <summary>The person blocked the bot's chat.</summary>
    public const string Blocked = "blocked";

    /// <summary>The person removed the app (or it was never reinstalled after a removal).</summary>
    public const string AppRemoved = "appRemoved";

    /// <summary>Their administrator blocked the app.</summary>
    public const string DisabledByAdmin = "disabledByAdmin";

    public const string Other = "other";

    public static BotReach Reachable { get; } = new(null, null);

    public bool IsReachable => Reason is null;
}
