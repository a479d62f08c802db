using System.Text.Json.Nodes;

namespace Mentoring.M365Emulator.Graph;

/// <summary>Graph's error body: {"error":{"code","message","innerError"}}, which the SDK reads as ODataError.</summary>
internal static class GraphErrors
{
    public static IResult Result(int status, string code, string message) =>
        Results.Json(Body(code, message), statusCode: status);

    public static IResult BadRequest(string message) =>
        Result(StatusCodes.Status400BadRequest, "ErrorInvalidRequest", message);

    public static IResult NotFound(string what) =>
        Result(StatusCodes.Status404NotFound, "ErrorItemNotFound", $"The specified {what} was not found in the store.");

    /// <summary>Graph's answer to a zone name it does not take (code and wording as Graph sends them).</summary>
    public static IResult TimeZoneNotSupported(string zone) =>
        Result(StatusCodes.Status400BadRequest, "TimeZoneNotSupportedException",
            $"A valid TimeZone value must be specified. The following TimeZone value is not supported: '{zone}'.");

    public static JsonObject Body(string code, string message) => new()
    {
        ["error"] = new JsonObject
        {
            ["code"] = code,
            ["message"] = message,
            ["innerError"] = new JsonObject
            {
                ["date"] = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss"),
                ["request-id"] = Guid.NewGuid().ToString(),
                ["client-request-id"] = Guid.NewGuid().ToString(),
            },
        },
    };

    public static async Task WriteAsync(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(Body(code, message), context.RequestAborted);
    }
}
