namespace Mentoring.Core.Circles;

/// <summary>The two kinds of support relationship.</summary>
public enum CircleKind
{
    /// <summary>Exactly one mentor and one mentee; about an hour a month.</summary>
    Mentorship,

    /// <summary>Three to five peers in a similar transition; twice a month.</summary>
    PeerGroup,
}
