using Mentoring.Core.Circles;

namespace Mentoring.Core.Privacy;

/// <summary>A closed circle past its retention, claimed by one purge: <paramref name="Claim"/> is the version its claim wrote.</summary>
public sealed record ClosedCircle(Circle Circle, DateTimeOffset ClosedAt, string Claim);
