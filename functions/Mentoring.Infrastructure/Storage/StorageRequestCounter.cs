using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Mentoring.Infrastructure.Storage;

/// <summary>Counts the HTTP requests the Table Storage client sends, retries included: the benchmarks read it.</summary>
/// <remarks>Between <see cref="StartRecording"/> and <see cref="StopRecording"/> it also keeps each request's method, path and If-Match, so a benchmark can say what each one was for,
/// and the rows each read answered (<see cref="StorageRequest.Rows"/>).</remarks>
public sealed class StorageRequestCounter : HttpPipelinePolicy
{
    private long count;
    private ConcurrentQueue<StorageRequest>? recorded;

    public long Count => Interlocked.Read(ref count);

    public void StartRecording() => recorded = new();

    public IReadOnlyList<StorageRequest> StopRecording() => Interlocked.Exchange(ref recorded, null)?.ToArray() ?? [];

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var seen = Observe(message);
        ProcessNext(message, pipeline);
        seen?.CountRows(message);
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var seen = Observe(message);
        await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        seen?.CountRows(message);
    }

    private StorageRequest? Observe(HttpMessage message)
    {
        Interlocked.Increment(ref count);
        if (recorded is not { } queue)
        {
            return null;
        }

        var seen = new StorageRequest(message.Request.Method.ToString(), message.Request.Uri.Path, message.Request.Headers.Contains("If-Match"), message.Request.Uri.Query);
        queue.Enqueue(seen);
        return seen;
    }
}
