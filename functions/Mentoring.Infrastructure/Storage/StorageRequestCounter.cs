using Azure.Core;
using Azure.Core.Pipeline;

namespace Mentoring.Infrastructure.Storage;

/// <summary>Counts the HTTP requests the Table Storage client sends, retries included: the benchmarks read it.</summary>
public sealed class StorageRequestCounter : HttpPipelinePolicy
{
    private long count;

    public long Count => Interlocked.Read(ref count);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Interlocked.Increment(ref count);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Interlocked.Increment(ref count);
        return ProcessNextAsync(message, pipeline);
    }
}
