using System.Collections.Frozen;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace Mentoring.Infrastructure.Bot;

/// <summary>
/// Signing keys with their endorsements, read from an OpenID metadata document's jwks_uri and kept a day, as botbuilder does:
/// the Bot Framework's (login.botframework.com), or Entra's for the bot's tenant. A token naming a key not in the cache causes
/// one early re-read (keys roll over), at most every five minutes, so a stream of forged tokens cannot turn into a stream of
/// metadata requests. Each instance reads one authority's keys: a token is checked only against its own issuer's.
/// </summary>
internal sealed class BotFrameworkKeys(IHttpClientFactory httpClients, Uri metadataUrl, TimeProvider time, ILogger logger)
{
    public const string HttpClientName = "BotFrameworkMetadata";

    internal static readonly TimeSpan RefreshInterval = TimeSpan.FromDays(1);
    internal static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private Snapshot? _current;

    /// <summary>The key named <paramref name="kid"/>, or null if the Bot Framework does not publish it.</summary>
    /// <exception cref="HttpRequestException">The keys could not be read and none were read before.</exception>
    public async Task<EndorsedKey?> FindAsync(string kid, CancellationToken cancellationToken)
    {
        var snapshot = Volatile.Read(ref _current);
        if (snapshot is null || (Since(snapshot.ReadAt) >= RefreshInterval && Since(snapshot.TriedAt) >= MinimumRefreshInterval))
            snapshot = await RefreshAsync(snapshot, cancellationToken);
        if (snapshot.Keys.TryGetValue(kid, out var key))
            return key;
        if (Since(snapshot.TriedAt) < MinimumRefreshInterval)
            return null;

        snapshot = await RefreshAsync(snapshot, cancellationToken);
        return snapshot.Keys.GetValueOrDefault(kid);
    }

    private TimeSpan Since(DateTimeOffset moment) => time.GetUtcNow() - moment;

    private async Task<Snapshot> RefreshAsync(Snapshot? seen, CancellationToken cancellationToken)
    {
        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            // Another request may have refreshed while this one waited.
            var current = Volatile.Read(ref _current);
            if (current is not null && !ReferenceEquals(current, seen))
                return current;

            try
            {
                var now = time.GetUtcNow();
                var fresh = new Snapshot(await ReadKeysAsync(cancellationToken), now, now);
                Volatile.Write(ref _current, fresh);
                return fresh;
            }
            catch (Exception e) when (current is not null && e is HttpRequestException or JsonException or TaskCanceledException)
            {
                // Old keys are better than none; the next attempt waits the same five minutes as an early refresh.
                logger.LogWarning(e, "Bot Framework keys could not be re-read; keeping the ones read at {ReadAt}", current.ReadAt);
                var kept = current with { TriedAt = time.GetUtcNow() };
                Volatile.Write(ref _current, kept);
                return kept;
            }
        }
        finally
        {
            _refreshing.Release();
        }
    }

    private async Task<FrozenDictionary<string, EndorsedKey>> ReadKeysAsync(CancellationToken cancellationToken)
    {
        var http = httpClients.CreateClient(HttpClientName);
        using var metadata = JsonDocument.Parse(await http.GetStringAsync(metadataUrl, cancellationToken));
        var jwksUri = metadata.RootElement.GetProperty("jwks_uri").GetString()
            ?? throw new JsonException("The Bot Framework metadata names no jwks_uri.");
        using var jwks = JsonDocument.Parse(await http.GetStringAsync(new Uri(jwksUri), cancellationToken));

        var keys = new Dictionary<string, EndorsedKey>(StringComparer.Ordinal);
        foreach (var entry in jwks.RootElement.GetProperty("keys").EnumerateArray())
        {
            var key = JsonWebKey.Create(entry.GetRawText());
            if (string.IsNullOrEmpty(key.Kid))
                continue;

            // A key without endorsements is endorsed for nothing, so no channel's token signed with it is accepted.
            var endorsements = entry.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(e => e.GetString() ?? "").ToFrozenSet(StringComparer.Ordinal)
                : FrozenSet<string>.Empty;
            keys[key.Kid] = new EndorsedKey(key, endorsements);
        }

        return keys.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private sealed record Snapshot(FrozenDictionary<string, EndorsedKey> Keys, DateTimeOffset ReadAt, DateTimeOffset TriedAt);
}
