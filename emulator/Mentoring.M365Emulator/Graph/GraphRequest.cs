using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mentoring.M365Emulator.Graph;

/// <summary>Small helpers every Graph endpoint needs: the target user, the JSON body, the OData context URL.</summary>
internal static class GraphRequest
{
    public static IResult UnknownUser(string idOrUpn) =>
        GraphErrors.Result(StatusCodes.Status404NotFound, "ErrorInvalidUser", InvalidUserMessage(idOrUpn));

    /// <summary>Exchange's words for a mailbox it cannot resolve in the caller's tenant.</summary>
    public static string InvalidUserMessage(string idOrUpn) => $"The requested user '{idOrUpn}' is invalid.";

    public static async Task<JsonObject?> ReadObjectAsync(HttpRequest request)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string Context(HttpRequest request, string fragment) =>
        $"{request.Scheme}://{request.Host}/v1.0/$metadata#{fragment}";

    public static IResult Json(JsonObject body, int status = StatusCodes.Status200OK) =>
        Results.Json(body, statusCode: status);
}
