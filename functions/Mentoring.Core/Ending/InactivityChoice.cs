namespace Mentoring.Core.Ending;

/// <summary>What a flagged circle's members chose (or what resolved the flag): one answer decides for the circle.</summary>
public enum InactivityChoice
{
    /// <summary>"On reprend": the three cadences count again from the answer.</summary>
    Restart,

    /// <summary>"On fait une pause": the circle is paused (its series stops), nothing more is asked while it is.</summary>
    Pause,

    /// <summary>"On clôt": the circle closes as an agreed end would (<see cref="CircleEnd"/>).</summary>
    Close,

    /// <summary>Nobody answered, but a session was held after the flag: the circle meets again, the flag is over.</summary>
    Met,
}

/// <summary>The choices a member may send: <c>restart</c>, <c>pause</c>, <c>close</c>.</summary>
public static class InactivityChoices
{
    public static InactivityChoice? Parse(string? choice) => choice switch
    {
        "restart" => InactivityChoice.Restart,
        "pause" => InactivityChoice.Pause,
        "close" => InactivityChoice.Close,
        _ => null,
    };

    public static string Name(InactivityChoice choice) => choice.ToString().ToLowerInvariant();
}
