using Mentoring.Core.Common;
using Mentoring.Functions.Http;
using Mentoring.Infrastructure.Bot;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mentoring.Functions.Bot;

/// <summary>
/// The bot's messaging endpoint, which Teams calls through the Bot Connector. Its caller is a channel, not a person:
/// it carries a Bot Framework token, not an Entra user token. So it is marked to pass the Entra gate, and its own
/// channel-token check (<see cref="IChannelTokenValidator"/>) is its gate: nothing is read before it passes. Then the
/// activity's tenant must be one the product serves (<see cref="BotTenantGate"/>): nothing is stored for any other.
/// </summary>
public sealed class BotFunction(
    IChannelTokenValidator validator, CardInvokeReplies cards, IBotContactEvents contacts, IOptions<AuthOptions> auth, ILogger<BotFunction> logger)
{
    private static readonly TimeSpan KeysRetryAfter = TimeSpan.FromSeconds(30);

    [Function("BotMessages")]
    [AllowAnonymousFunction]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "messages")] HttpRequest req, CancellationToken cancellationToken)
    {
        // Refused before the body is read: an anonymous caller gets nothing parsed.
        var authorization = req.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(authorization))
            return Problems.Unauthorized(req);

        var activity = await RequestBody.ReadAsync<BotActivity>(req, cancellationToken);
        if (!activity.IsSuccess)
            return Problems.From(activity.Errors, req);

        var check = await validator.ValidateAsync(authorization, activity.Value.ServiceUrl, cancellationToken);
        if (check.Outcome == ChannelTokenOutcome.Refused)
        {
            logger.LogWarning("Bot activity refused: {Reason}", check.Reason);
            return Problems.Unauthorized(req);
        }

        if (check.Outcome == ChannelTokenOutcome.KeysUnavailable)
        {
            logger.LogError("Bot Framework keys unavailable: {Reason}", check.Reason);
            return Problems.From([Error.Unavailable("service.unavailable", KeysRetryAfter)], req);
        }

        var tenant = BotTenantGate.Check(activity.Value, auth.Value.AllowedTenants);
        if (!tenant.IsSuccess)
        {
            logger.LogWarning("Bot activity refused: its tenant is not on Auth:AllowedTenantIds");
            return BotReplies.IsCardAction(activity.Value) ? CardInvokeReplies.Refuse(tenant.Errors[0], activity.Value) : Problems.From(tenant.Errors, req);
        }

        await BotContactUpdates.ApplyAsync(contacts, activity.Value, cancellationToken);
        return BotReplies.IsCardAction(activity.Value) ? await cards.AnswerAsync(activity.Value, cancellationToken) : new OkResult();
    }
}
