using System.Text.Json.Nodes;
using Mentoring.M365Emulator.Identity;

namespace Mentoring.M365Emulator.Control;

/// <summary>Test-only token minting, so tests can produce expired, wrong-audience, wrong-issuer and badly signed tokens.</summary>
internal static class TokenControlEndpoints
{
    public static void MapTokenControl(this IEndpointRouteBuilder app, TokenIssuer issuer)
    {
        app.MapPost("/_emulator/tokens", (MintTokenBody body) =>
        {
            if (string.IsNullOrEmpty(body.Audience))
                return Results.BadRequest(new JsonObject { ["error"] = "audience is required" });
            if (body.Version is not (null or "1.0" or "2.0"))
                return Results.BadRequest(new JsonObject { ["error"] = "version is \"1.0\" or \"2.0\"" });

            // Unknown users are allowed on purpose: a test may want a token for someone outside the directory.
            var user = DemoDirectory.Find(body.UserId.ToString());
            var token = issuer.Create(new TokenRequest(body.TenantId, body.Audience)
            {
                User = user,
                ObjectId = body.UserId,
                Scope = body.Scope,
                ClientId = body.ClientId,
                Roles = body.Roles,
                Issuer = body.Issuer,
                LifetimeSeconds = body.LifetimeSeconds ?? 3600,
                NotBeforeOffsetSeconds = body.NotBeforeOffsetSeconds ?? 0,
                SignWithUnknownKey = body.SignWithUnknownKey ?? false,
                Version = body.Version switch
                {
                    "1.0" => 1,
                    "2.0" => 2,
                    _ => AppDirectory.Resource(body.Audience)?.AccessTokenVersion ?? 2,
                },
            });
            return Results.Json(new JsonObject { ["accessToken"] = token });
        });
    }
}
