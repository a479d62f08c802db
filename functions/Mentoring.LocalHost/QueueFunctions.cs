using System.Reflection;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;

namespace Mentoring.LocalHost;

/// <summary>
/// Runs the Functions assembly's queue triggers as the Functions host does: messages received in batches and hidden while
/// processed, deleted on success, made visible again after <see cref="QueueRunSettings.RetryDelay"/> on failure, and moved
/// to "{queue}-poison" after <see cref="QueueRunSettings.MaxDequeueCount"/> failed attempts.
/// </summary>
internal sealed class QueueFunctions(IServiceProvider services, Assembly functions, QueueServiceClient queues, IConfiguration configuration, QueueRunSettings settings, ILogger<QueueFunctions> logger) : BackgroundService
{
    private readonly IReadOnlyList<FunctionMethod<QueueTriggerAttribute>> triggers = FunctionMethod<QueueTriggerAttribute>.In(functions);
    private int inFlight;

    public IEnumerable<string> Describe() => triggers.Select(t => $"QUEUE        {t.Name} on {QueueName(t)}");

    /// <summary>Waits until every trigger's queue is empty (hidden messages included) and nothing is being processed.</summary>
    public async Task DrainAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        while (true)
        {
            var counts = await Task.WhenAll(triggers.Select(t => CountAsync(Client(t), limit.Token)));
            if (counts.All(c => c == 0) && Volatile.Read(ref inFlight) == 0)
            {
                return;
            }

            await Task.Delay(settings.PollInterval, limit.Token);
        }
    }

    /// <summary>A queue the host has not created yet (it creates them as it starts) holds nothing.</summary>
    private static async Task<int> CountAsync(QueueClient queue, CancellationToken cancellationToken)
    {
        try
        {
            return (await queue.GetPropertiesAsync(cancellationToken)).Value.ApproximateMessagesCount;
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            return 0;
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var trigger in triggers)
        {
            await Client(trigger).CreateIfNotExistsAsync(cancellationToken: stoppingToken);
            await queues.GetQueueClient(QueueName(trigger) + "-poison").CreateIfNotExistsAsync(cancellationToken: stoppingToken);
        }

        // Receivers > 1 stands for several instances of the Functions host polling the same queue.
        await Task.WhenAll(triggers.SelectMany(t => Enumerable.Range(0, settings.Receivers).Select(_ => LoopAsync(t, stoppingToken))));
    }

    /// <summary>
    /// host.json's rule: a batch of <see cref="QueueRunSettings.BatchSize"/> messages runs concurrently, and the next batch is
    /// fetched as soon as no more than <see cref="QueueRunSettings.NewBatchThreshold"/> are still running, not when the whole
    /// batch is done: one slow message does not hold the others back.
    /// </summary>
    private async Task LoopAsync(FunctionMethod<QueueTriggerAttribute> trigger, CancellationToken stoppingToken)
    {
        var queue = Client(trigger);
        var running = new HashSet<Task>();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                while (running.Count > settings.NewBatchThreshold)
                {
                    running.Remove(await Task.WhenAny(running));
                }

                QueueMessage[] batch;
                try
                {
                    batch = (await queue.ReceiveMessagesAsync(settings.BatchSize, settings.Invisibility, stoppingToken)).Value;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Receiving from {Queue} failed", queue.Name);
                    batch = [];
                }

                if (batch.Length == 0)
                {
                    await Task.Delay(settings.PollInterval, stoppingToken);
                    running.RemoveWhere(t => t.IsCompleted);
                    continue;
                }

                foreach (var message in batch)
                {
                    running.Add(ProcessAsync(trigger, queue, message, stoppingToken));
                }
            }
        }
        finally
        {
            await Task.WhenAll(running);
        }
    }

    private async Task ProcessAsync(FunctionMethod<QueueTriggerAttribute> trigger, QueueClient queue, QueueMessage message, CancellationToken stoppingToken)
    {
        Interlocked.Increment(ref inFlight);
        try
        {
            using var scope = services.CreateScope();
            var instance = trigger.Factory(scope.ServiceProvider, null);
            var arguments = trigger.Parameters.Select(p => p.ParameterType == typeof(CancellationToken) ? stoppingToken : (object)message.Body.ToString()).ToArray();
            await (Task)trigger.Method.Invoke(instance, arguments)!;
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, CancellationToken.None);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            await FailAsync(trigger, queue, message, e);
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }

    private async Task FailAsync(FunctionMethod<QueueTriggerAttribute> trigger, QueueClient queue, QueueMessage message, Exception e)
    {
        if (message.DequeueCount >= settings.MaxDequeueCount)
        {
            logger.LogError(e, "{Function} failed {Count} times: message {Id} moved to the poison queue", trigger.Name, message.DequeueCount, message.MessageId);
            await queues.GetQueueClient(queue.Name + "-poison").SendMessageAsync(message.Body.ToString());
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            return;
        }

        logger.LogInformation("{Function} will retry message {Id}: {Reason}", trigger.Name, message.MessageId, e.GetBaseException().Message);
        await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: settings.RetryDelay);
    }

    private QueueClient Client(FunctionMethod<QueueTriggerAttribute> trigger) => queues.GetQueueClient(QueueName(trigger));

    /// <summary>The queue name, with "%Setting%" resolved from configuration as the Functions host does.</summary>
    private string QueueName(FunctionMethod<QueueTriggerAttribute> trigger) =>
        trigger.Trigger.QueueName is ['%', .. var setting, '%'] ? configuration[setting] ?? throw new InvalidOperationException($"Setting {setting} is missing.") : trigger.Trigger.QueueName;
}
