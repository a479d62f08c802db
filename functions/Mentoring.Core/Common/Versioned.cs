namespace Mentoring.Core.Common;

/// <summary>A stored value with the opaque version (an ETag) that an update must present.</summary>
public sealed record Versioned<T>(T Value, string Version);
