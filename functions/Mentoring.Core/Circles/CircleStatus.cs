namespace Mentoring.Core.Circles;

/// <summary>Lifecycle: active ⇄ paused → closed; closed is final.</summary>
public enum CircleStatus
{
    Active,
    Paused,
    Closed,
}
