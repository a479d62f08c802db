using System.Text.Json.Nodes;

namespace Mentoring.M365Emulator.Identity;

/// <summary>OAuth 2 error responses in the shape Entra returns them (RFC 6749 section 5.2).</summary>
internal static class OAuthErrors
{
    public static IResult Result(string error, string description, int status = StatusCodes.Status400BadRequest) =>
        Results.Json(
            new JsonObject
            {
                ["error"] = error,
                ["error_description"] = description,
                ["error_codes"] = new JsonArray(),
                ["timestamp"] = DateTimeOffset.UtcNow.ToString("u"),
            },
            statusCode: status);
}
