using Mentoring.Core.Privacy;
using Mentoring.Infrastructure.Privacy;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Mentoring.Functions.Privacy;

/// <summary>Runs one queued erasure (<see cref="RequestErasure"/> queued it); a failure is retried by the queue, where it resumes.</summary>
public sealed class ErasureQueueFunction(EraseMyData erase, ILogger<ErasureQueueFunction> logger)
{
    [Function("EraseQueued")]
    public async Task Run([QueueTrigger("%" + StorageErasureQueue.Setting + "%", Connection = "AzureWebJobsStorage")] string message, CancellationToken ct)
    {
        if (StorageErasureQueue.Read(message) is not { } asked)
        {
            logger.LogError("Unreadable erasure message dropped");
            return;
        }

        var result = await erase.ExecuteAsync(asked.Tenant, asked.Person, ct);
        if (!result.IsSuccess && result.Errors[0].Code != EraseMyData.AlreadyErased)
        {
            // Failing the invocation is how a queue trigger asks for the message again: the erasure resumes where it stopped.
            throw new ErasureUnfinishedException($"Erasure in tenant {asked.Tenant} not finished: {result.Errors[0].Code}");
        }
    }
}
