using System.Text.Json.Nodes;

namespace Mentoring.M365Emulator.Graph;

/// <summary>Graph's error body: {"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}, which the SDK reads as ODataError.</summary>
/// <remarks>The innerError repeats the response's request-id and client-request-id headers (see <see cref="GraphRequestIds"/>).</remarks>
internal static class GraphErrors
{
    public static IResult Result(int status, string code, string message) => new ErrorResult(status, code, message);

    public static IResult BadRequest(string message) =>
        Result(StatusCodes.Status400BadRequest, "ErrorInvalidRequest", message);

    public static IResult NotFound(string what) =>
        Result(StatusCodes.Status404NotFound, "ErrorItemNotFound", $"The specified {what} was not found in the store.");

    /// <summary>Graph's answer to a zone name it does not take (code and wording as Graph sends them).</summary>
    public static IResult TimeZoneNotSupported(string zone) =>
        Result(StatusCodes.Status400BadRequest, "TimeZoneNotSupportedException",
            $"A valid TimeZone value must be specified. The following TimeZone value is not supported: '{zone}'.");

    public static JsonObject Body(string code, string message, GraphRequestIds ids) => new()
    {
        ["error"] = new JsonObject
        {
            ["code"] = code,
            ["message"] = message,
            ["innerError"] = new JsonObject
            {
                ["date"] = ids.DateText,
                ["request-id"] = ids.RequestId,
                ["client-request-id"] = ids.ClientRequestId,
            },
        },
    };

    public static async Task WriteAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(Body(code, message, GraphRequestIds.Of(context)), context.RequestAborted);
    }

    // An IResult rather than Results.Json, so the body is built with the request's own ids when it is written.
    private sealed class ErrorResult(int status, string code, string message) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) => WriteAsync(httpContext, status, code, message);
    }
}
