using System.Text.Json.Nodes;
using Mentoring.M365Emulator.BotFramework;

namespace Mentoring.M365Emulator.Control;

/// <summary>
/// Test-only: a channel token as the Bot Connector would sign it, or deliberately wrong in one way
/// (<c>flaw</c>: wrongAudience, wrongIssuer, expired, unknownKey, notEndorsedForTeams, serviceUrlMismatch).
/// </summary>
internal static class ChannelTokenControlEndpoints
{
    public static void MapChannelTokenControl(this IEndpointRouteBuilder app, ChannelTokenIssuer issuer, EntraChannelTokenIssuer entra)
    {
        app.MapPost("/_emulator/botframework/tokens", (MintChannelTokenBody body) =>
        {
            if (string.IsNullOrEmpty(body.BotAppId) || string.IsNullOrEmpty(body.ServiceUrl))
                return Results.BadRequest(new JsonObject { ["error"] = "botAppId and serviceUrl are required" });
            if (!Enum.TryParse<ChannelTokenFlaw>(body.Flaw ?? nameof(ChannelTokenFlaw.None), ignoreCase: true, out var flaw))
                return Results.BadRequest(new JsonObject { ["error"] = $"unknown flaw '{body.Flaw}'" });

            var tenant = body.TenantId ?? DemoDirectory.ContosoTenantId;
            return body.Kind switch
            {
                null or "botFramework" => Results.Json(new JsonObject { ["token"] = issuer.Create(body.BotAppId, body.ServiceUrl, flaw) }),
                "entraV2" => Results.Json(new JsonObject { ["token"] = entra.Create(body.BotAppId, tenant, 2, flaw) }),
                "entraV1" => Results.Json(new JsonObject { ["token"] = entra.Create(body.BotAppId, tenant, 1, flaw) }),
                _ => Results.BadRequest(new JsonObject { ["error"] = $"unknown kind '{body.Kind}': botFramework, entraV2 or entraV1" }),
            };
        });
    }
}
