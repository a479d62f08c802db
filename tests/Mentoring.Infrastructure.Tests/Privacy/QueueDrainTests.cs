using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Queues;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Privacy;
using Mentoring.Infrastructure.Storage;
using Mentoring.LocalHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Infrastructure.Tests.Privacy;

/// <summary>An erasure's drain of the queues leaves a message another worker took meanwhile to that worker, and does not fail.</summary>
public sealed class QueueDrainTests
{
    [Fact]
    public async Task A_message_another_worker_took_between_receive_and_delete_is_left_to_it_and_the_erasure_goes_on()
    {
        await Azurite.EnsureRunningAsync(RepositoryRoot.Find());
        var prefix = "drn" + Guid.NewGuid().ToString("N")[..10];
        var options = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        var other = new QueueServiceClient("UseDevelopmentStorage=true", options);
        var takes = new AnotherWorkerTakesIt(other);
        var mine = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        mine.AddPolicy(takes, HttpPipelinePosition.PerCall);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{StorageOptions.Section}:{nameof(StorageOptions.ConnectionString)}"] = "UseDevelopmentStorage=true",
            [$"{StorageOptions.Section}:{nameof(StorageOptions.TablePrefix)}"] = prefix,
            ["DispatchSessionQueue"] = prefix + "-sessions",
            ["DispatchCardQueue"] = prefix + "-cards",
            ["PrivacyErasureQueue"] = prefix + "-erasures",
        }).Build();
        await using var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2031, 3, 10, 2, 30, 0, TimeSpan.Zero)))
            .AddLogging()
            .AddMentoringInfrastructure(configuration)
            .AddSingleton(new QueueServiceClient("UseDevelopmentStorage=true", mine))
            .BuildServiceProvider();
        var person = new PersonId(Guid.NewGuid());
        var cards = other.GetQueueClient(prefix + "-cards");
        await cards.CreateIfNotExistsAsync();
        await cards.SendMessageAsync($"{{\"member\":\"{person}\",\"n\":1}}");
        await cards.SendMessageAsync($"{{\"member\":\"{person}\",\"n\":2}}");
        await cards.SendMessageAsync("{\"member\":\"someone else\"}");
        var queued = services.GetServices<IPersonalDataStore>().Single(s => s.Store == "Queues");

        await queued.EraseAsync(new DataSubject(new TenantId(Guid.NewGuid()), person, [], []));

        Assert.Equal(1, takes.Taken);
        var left = (await cards.PeekMessagesAsync(32)).Value.Select(m => m.Body.ToString()).ToArray();
        Assert.Equal(["{\"member\":\"someone else\"}"], left); // the taken one is hidden by the other worker, the other one deleted
    }

    /// <summary>Before the first delete of a message, another worker receives it again: the receipt the erasure holds is stale.</summary>
    private sealed class AnotherWorkerTakesIt(QueueServiceClient other) : HttpPipelinePolicy
    {
        private int taken;

        public int Taken => taken;

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
            throw new NotSupportedException("The erasure calls the queues asynchronously.");

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            var uri = message.Request.Uri.ToUri();
            if (message.Request.Method == RequestMethod.Delete && uri.AbsolutePath.Contains("/messages/", StringComparison.Ordinal) && Interlocked.Exchange(ref taken, 1) == 0)
            {
                var segments = uri.AbsolutePath.Trim('/').Split('/');
                var receipt = Uri.UnescapeDataString(uri.Query.TrimStart('?').Split('&').Single(p => p.StartsWith("popreceipt=", StringComparison.Ordinal))["popreceipt=".Length..]);
                await other.GetQueueClient(segments[^3]).UpdateMessageAsync(segments[^1], receipt, visibilityTimeout: TimeSpan.FromMinutes(5));
            }

            await ProcessNextAsync(message, pipeline);
        }
    }
}
