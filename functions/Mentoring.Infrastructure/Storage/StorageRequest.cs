namespace Mentoring.Infrastructure.Storage;

/// <summary>One Table Storage request as <see cref="StorageRequestCounter"/> saw it: enough to tell a point read from a query or a conditional replace.</summary>
public sealed record StorageRequest(string Method, string Path, bool IfMatch);
