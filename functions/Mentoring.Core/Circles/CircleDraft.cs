using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Circles;

/// <summary>What a person asked to create; validated by <see cref="Circle.Create"/>.</summary>
/// <remarks>Straight from JSON: any part may be missing or null, members included.</remarks>
public sealed record CircleDraft(CircleKind? Kind, string? Name, string? Objective, IReadOnlyList<MemberDraft?>? Members, CadenceDraft? Cadence);
