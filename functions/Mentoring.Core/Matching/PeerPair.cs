using Mentoring.Core.People;

namespace Mentoring.Core.Matching;

/// <summary>Two people who were already in a group together, in a canonical order so that (a, b) equals (b, a).</summary>
public readonly record struct PeerPair
{
    private PeerPair(PersonId first, PersonId second) => (First, Second) = (first, second);

    public PersonId First { get; }

    public PersonId Second { get; }

    public static PeerPair Of(PersonId a, PersonId b) => a.Value.CompareTo(b.Value) <= 0 ? new(a, b) : new(b, a);
}
