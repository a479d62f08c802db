using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Options;

namespace Mentoring.Infrastructure.Bot;

/// <summary>Azure: the bot's identity is the app's user-assigned managed identity (Azure Bot "UserAssignedMSI"), no secret.</summary>
/// <remarks>Not exercised by the tests, which run on the emulator; Azure.Identity caches the token until near its expiry.</remarks>
internal sealed class ManagedIdentityBotTokens(IOptions<BotOptions> options) : IBotTokens
{
    private readonly ManagedIdentityCredential credential = new(options.Value.ManagedIdentityClientId is { Length: > 0 } id
        ? ManagedIdentityId.FromUserAssignedClientId(id)
        : ManagedIdentityId.SystemAssigned);

    public async Task<string> GetAsync(CancellationToken cancellationToken) =>
        (await credential.GetTokenAsync(new TokenRequestContext([options.Value.Scope]), cancellationToken).ConfigureAwait(false)).Token;
}
