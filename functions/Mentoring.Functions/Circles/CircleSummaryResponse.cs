using Mentoring.Core.Circles;

namespace Mentoring.Functions.Circles;

/// <summary>One line of "my circles".</summary>
public sealed record CircleSummaryResponse(string Id, CircleKind Kind, string Name, CircleStatus Status, MemberRole Role)
{
    public static CircleSummaryResponse From(CircleSummary s) => new(s.Id.ToString(), s.Kind, s.Name, s.Status, s.Role);
}
