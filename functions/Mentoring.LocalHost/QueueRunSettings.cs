namespace Mentoring.LocalHost;

/// <summary>How the local host runs queue triggers; the defaults are host.json's (keep them equal), tests shorten the waits.</summary>
public sealed record QueueRunSettings
{
    /// <summary>host.json's batchSize: messages fetched at once, and run concurrently.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>host.json's newBatchThreshold: the next batch is fetched when this few are still running (so up to BatchSize + this at once).</summary>
    public int NewBatchThreshold { get; init; } = 16;

    /// <summary>Receive loops per queue, each as one Functions host instance polls (its own batches, its own threshold).</summary>
    public int Receivers { get; init; } = 1;

    /// <summary>How long a received message stays hidden: if the host dies meanwhile, it comes back after this.</summary>
    public TimeSpan Invisibility { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>host.json's visibilityTimeout: after a failure, when the message is tried again.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(30);

    public int MaxDequeueCount { get; init; } = 10;

    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);
}
