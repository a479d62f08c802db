using Mentoring.Core.People;

namespace Mentoring.Core.Circles;

/// <summary>One line of "my circles": what a person's index row holds about a circle they belong to.</summary>
public sealed record CircleSummary(CircleId Id, PersonId PersonId, CircleKind Kind, string Name, CircleStatus Status, MemberRole Role);
