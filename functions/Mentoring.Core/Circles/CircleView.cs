namespace Mentoring.Core.Circles;

/// <summary>A circle as its members see it, with the version to send back in If-Match.</summary>
public sealed record CircleView(Circle Circle, string Version);
