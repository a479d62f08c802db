using Mentoring.Core.Circles;

namespace Mentoring.Core.Tests.Circles;

/// <summary>Valid circles for the tests of transitions, made through <see cref="Circle.Create"/> so they keep its invariants.</summary>
internal static class ACircle
{
    public static Circle Mentorship() => ACircleDraft.Mentorship().CreateValid();

    public static Circle PeerGroupOf(int size) => ACircleDraft.PeerGroup(APerson.Several(size)).CreateValid();

    public static Circle WithStatus(this Circle circle, CircleStatus status) => circle with { Status = status };
}
