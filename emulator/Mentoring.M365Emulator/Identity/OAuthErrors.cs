using System.Text.Json.Nodes;

namespace Mentoring.M365Emulator.Identity;

/// <summary>OAuth 2 error responses in the shape Entra returns them (RFC 6749 section 5.2, plus Entra's own fields).</summary>
/// <remarks>
/// Entra's body: <c>error</c>, <c>error_description</c> ("AADSTS&lt;n&gt;: … Trace ID: … Correlation ID: … Timestamp: …"),
/// <c>error_codes</c> [n], <c>timestamp</c>, <c>trace_id</c>, <c>correlation_id</c>, <c>error_uri</c>, and for errors a user
/// can fix <c>suberror</c> (e.g. consent_required). learn.microsoft.com/entra/identity-platform/reference-error-codes
/// ("Handling error codes in your application", the error response fields) and
/// learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow ("Error response" of the token request).
/// </remarks>
internal static class OAuthErrors
{
    public static IResult Result(string error, string description, int status = StatusCodes.Status400BadRequest) =>
        Aadsts(error, code: null, description, status);

    /// <summary>An error whose description starts with its AADSTS code, as every Entra error does.</summary>
    public static IResult Aadsts(string error, int? code, string description, int status = StatusCodes.Status400BadRequest, string? suberror = null)
    {
        var trace = Guid.NewGuid().ToString();
        var correlation = Guid.NewGuid().ToString();
        var timestamp = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm:ss'Z'");
        var text = code is { } n ? $"AADSTS{n}: {description}" : description;
        var body = new JsonObject
        {
            ["error"] = error,
            ["error_description"] = $"{text}\r\nTrace ID: {trace}\r\nCorrelation ID: {correlation}\r\nTimestamp: {timestamp}",
            ["error_codes"] = code is { } c ? new JsonArray(c) : new JsonArray(),
            ["timestamp"] = timestamp,
            ["trace_id"] = trace,
            ["correlation_id"] = correlation,
        };
        if (code is { } uriCode)
            body["error_uri"] = $"https://login.microsoftonline.com/error?code={uriCode}";
        if (suberror is not null)
            body["suberror"] = suberror;
        return Results.Json(body, statusCode: status);
    }
}
