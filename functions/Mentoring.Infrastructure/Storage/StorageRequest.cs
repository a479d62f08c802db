namespace Mentoring.Infrastructure.Storage;

/// <summary>One Table Storage request as <see cref="StorageRequestCounter"/> saw it: enough to tell a point read from a query or a conditional replace.</summary>
/// <param name="Path">The table and, for a point operation, the entity's keys.</param>
/// <param name="Query">The query string: a query's <c>$filter</c>, with the keys it names.</param>
public sealed record StorageRequest(string Method, string Path, bool IfMatch, string Query = "")
{
    /// <summary>Whether the request names this text (a key) in its path or its query, as sent (URL-encoded).</summary>
    public bool Names(string text) =>
        Path.Contains(text, StringComparison.OrdinalIgnoreCase) || Uri.UnescapeDataString(Query).Contains(text, StringComparison.OrdinalIgnoreCase);
}
