namespace Mentoring.Core.Ending;

/// <summary>What the inactivity timer does for one circle at one run (<see cref="Inactivity.Next"/>).</summary>
public enum InactivityStep
{
    /// <summary>Nothing to do: the circle meets, is not active, or its flag waits for an answer.</summary>
    None,

    /// <summary>No session held for three cadences: flag the circle and tell its members (a choice to make).</summary>
    Raise,

    /// <summary>A session was held after the flag: the flag is over (<see cref="InactivityChoice.Met"/>).</summary>
    Resolve,

    /// <summary>Seven days left without an answer: warn the members the circle will close.</summary>
    Warn,

    /// <summary>Fourteen days without an answer: close the circle.</summary>
    Close,
}
