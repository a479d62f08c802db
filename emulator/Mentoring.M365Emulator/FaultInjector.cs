namespace Mentoring.M365Emulator;

/// <summary>Injects Graph's transient failures and enforces Outlook's concurrency limit, which is per app.</summary>
/// <remarks>
/// Random failures come from a <see cref="Random"/> seeded by <see cref="FaultSettings.Seed"/> so runs replay.
/// learn.microsoft.com/graph/throttling-limits#outlook-service-limits, "Limits per app ID": "Outlook can execute up to 4
/// concurrent requests. The requests can target user or group mailboxes. The limit applies to the v1.0 and beta endpoints,
/// regardless of whether the requests all access the same mailbox, or access different mailboxes." So the count is per app
/// (the token's client id), across every mailbox; and, the page not saying "per tenant", across tenants too (the stricter
/// reading). Only the 10,000 requests per 10 minutes are per app ID and mailbox combination.
/// </remarks>
public sealed class FaultInjector
{
    public const int MailboxConcurrencyLimit = 4;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _inFlight = new(StringComparer.OrdinalIgnoreCase);
    private FaultSettings _settings = FaultSettings.None;
    private Random _random = new(FaultSettings.None.Seed);

    public FaultSettings Settings
    {
        get
        {
            lock (_gate)
                return _settings;
        }
    }

    public void Configure(FaultSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.FailureRate is < 0 or > 1 || settings.LostResponseRate is < 0 or > 1)
            throw new ArgumentOutOfRangeException(nameof(settings), "FailureRate and LostResponseRate must be within 0..1.");
        lock (_gate)
        {
            _settings = settings;
            _random = new Random(settings.Seed);
        }
    }

    public void Reset() => Configure(FaultSettings.None);

    /// <summary>Draws whether this request fails; returns the status to fail with, or null.</summary>
    internal int? NextFailure()
    {
        lock (_gate)
        {
            if (_settings.FailureRate <= 0 || _random.NextDouble() >= _settings.FailureRate)
                return null;
            var statuses = _settings.Statuses is { Count: > 0 } s ? s : [429];
            return statuses[_random.Next(statuses.Count)];
        }
    }

    /// <summary>How long this request waits before it is handled.</summary>
    /// <remarks>Draws nothing without jitter, so seeded runs without it replay as before.</remarks>
    internal TimeSpan NextLatency()
    {
        lock (_gate)
        {
            var jitter = _settings.LatencyJitterMs > 0 ? _random.Next(_settings.LatencyJitterMs + 1) : 0;
            return TimeSpan.FromMilliseconds(_settings.LatencyMs + jitter);
        }
    }

    /// <summary>Draws whether the answer to this committed write is lost, and how; null to answer normally.</summary>
    /// <remarks>Draws nothing when lost responses are off, so seeded runs without them replay as before.</remarks>
    internal LostResponse? NextLostResponse()
    {
        lock (_gate)
        {
            if (_settings.LostResponseRate <= 0 || _random.NextDouble() >= _settings.LostResponseRate)
                return null;
            IReadOnlyList<LostResponse> kinds = _settings.LostResponses is { Count: > 0 } k ? k : [LostResponse.GatewayTimeout, LostResponse.ConnectionDropped];
            return kinds[_random.Next(kinds.Count)];
        }
    }

    /// <summary>Counts an app's Outlook request in; false when the app already has the maximum in flight, whatever the mailboxes.</summary>
    internal bool TryEnterOutlook(string app)
    {
        lock (_gate)
        {
            var current = _inFlight.GetValueOrDefault(app);
            if (_settings.EnforceMailboxConcurrency && current >= MailboxConcurrencyLimit)
                return false;
            _inFlight[app] = current + 1;
            return true;
        }
    }

    internal void ExitOutlook(string app)
    {
        lock (_gate)
        {
            var left = _inFlight.GetValueOrDefault(app) - 1;
            if (left <= 0)
                _inFlight.Remove(app);
            else
                _inFlight[app] = left;
        }
    }
}
