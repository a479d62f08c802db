using System.Globalization;

namespace Mentoring.M365Emulator.Graph;

/// <summary>
/// The ids Graph puts on every response: <c>request-id</c> (its own, new for each request) and <c>client-request-id</c> (the
/// caller's, echoed; the request id when the caller sent none), repeated with the date in every error's innerError.
/// </summary>
internal sealed record GraphRequestIds(string RequestId, string ClientRequestId, DateTimeOffset Date)
{
    private static readonly object Key = new();

    /// <summary>Gives the request its ids and puts them on the response; call once, before anything is written.</summary>
    public static GraphRequestIds Stamp(HttpContext context, DateTimeOffset now)
    {
        var requestId = Guid.NewGuid().ToString();
        var sent = context.Request.Headers["client-request-id"].ToString();
        var ids = new GraphRequestIds(requestId, sent.Length > 0 ? sent : requestId, now);
        context.Items[Key] = ids;
        ids.WriteHeaders(context.Response);
        return ids;
    }

    /// <summary>The ids of this request; fresh ones (not on the headers) outside the Graph pipeline.</summary>
    public static GraphRequestIds Of(HttpContext context) =>
        context.Items.TryGetValue(Key, out var ids) && ids is GraphRequestIds found
            ? found
            : new GraphRequestIds(Guid.NewGuid().ToString(), Guid.NewGuid().ToString(), DateTimeOffset.UtcNow);

    /// <summary>Writes the ids again, after something cleared the response's headers; the Date is the emulator's clock's too.</summary>
    public void WriteHeaders(HttpResponse response)
    {
        response.Headers["request-id"] = RequestId;
        response.Headers["client-request-id"] = ClientRequestId;
        response.Headers.Date = Date.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>innerError.date as Graph writes it: UTC, seconds, no zone designator.</summary>
    public string DateText => Date.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture);
}
