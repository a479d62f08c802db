namespace Mentoring.Infrastructure.Storage;

/// <summary>One Table Storage request as <see cref="StorageRequestCounter"/> saw it: enough to tell a point read from a query or a conditional replace.</summary>
/// <param name="Path">The table and, for a point operation, the entity's keys.</param>
/// <param name="Query">The query string: a query's <c>$filter</c>, with the keys it names.</param>
public sealed record StorageRequest(string Method, string Path, bool IfMatch, string Query = "")
{
    private int rows;

    /// <summary>The entities a read answered: a query's page size, 1 for a point read found, 0 for anything else.</summary>
    public int Rows => Volatile.Read(ref rows);

    /// <summary>Whether the request names this text (a key) in its path or its query, as sent (URL-encoded).</summary>
    public bool Names(string text) =>
        Path.Contains(text, StringComparison.OrdinalIgnoreCase) || Uri.UnescapeDataString(Query).Contains(text, StringComparison.OrdinalIgnoreCase);

    /// <summary>Counts the entities of a read's answer (only while recording: it parses the answer).</summary>
    internal void CountRows(Azure.Core.HttpMessage message)
    {
        if (Method != "GET" || !message.HasResponse || message.Response.Status != 200 || message.Response.ContentStream is not MemoryStream)
        {
            return; // not a read, or an answer not buffered (the SDK buffers every table answer; a download would not be)
        }

        using var json = System.Text.Json.JsonDocument.Parse(message.Response.Content.ToMemory());
        var found = json.RootElement.ValueKind != System.Text.Json.JsonValueKind.Object ? 0
            : json.RootElement.TryGetProperty("value", out var page) && page.ValueKind == System.Text.Json.JsonValueKind.Array ? page.GetArrayLength()
            : 1;
        Volatile.Write(ref rows, found);
    }
}
