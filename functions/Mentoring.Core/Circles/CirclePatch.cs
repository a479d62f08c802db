namespace Mentoring.Core.Circles;

/// <summary>What a member may change on a circle; null leaves a part as it is.</summary>
/// <param name="MemberObjective">The caller's own objective (each member revises only theirs).</param>
public sealed record CirclePatch(string? Objective, string? MemberObjective, CircleStatus? Status);
