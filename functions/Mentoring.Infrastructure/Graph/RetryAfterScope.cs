namespace Mentoring.Infrastructure.Graph;

/// <summary>The last Retry-After the service sent during one gateway operation (see <see cref="RetryAfterRecorder"/>).</summary>
internal sealed class RetryAfterScope
{
    private static readonly AsyncLocal<RetryAfterScope?> Ambient = new();

    public static RetryAfterScope? Current => Ambient.Value;

    public TimeSpan? Last { get; set; }

    /// <summary>Starts a scope for the current async flow; everything awaited below it records into it.</summary>
    public static RetryAfterScope Begin() => Ambient.Value = new RetryAfterScope();
}
