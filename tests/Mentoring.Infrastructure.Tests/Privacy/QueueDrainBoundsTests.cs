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

/// <summary>
/// An erasure's drain of the queues is bounded: it reads no more messages than a queue held when it began (a busy producer cannot
/// keep it going), and stops after two minutes, the erasure then throwing so that its queued retry finishes the job.
/// </summary>
public sealed class QueueDrainBoundsTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Messages_queued_while_the_drain_runs_are_not_read_so_a_busy_producer_never_keeps_it_going()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2031, 3, 10, 2, 30, 0, TimeSpan.Zero));
        var person = new PersonId(Guid.NewGuid());
        var hook = new OnEachReceive();
        await using var drain = await DrainAsync(clock, hook);
        await drain.SendAsync(person, naming: 3, others: 2);
        hook.Then = () => drain.Cards.SendMessageAsync($"{{\"member\":\"{person}\",\"late\":true}}");

        await drain.Store.EraseAsync(new DataSubject(new TenantId(Guid.NewGuid()), person, [], [])).WaitAsync(Guard);

        Assert.Equal(5, hook.Received);
        var left = await drain.BodiesAsync();
        Assert.Equal(2, left.Count(b => b.Contains("someone else", StringComparison.Ordinal)));
        Assert.Equal(hook.Receives, left.Count(b => b.Contains("late", StringComparison.Ordinal)));
        Assert.DoesNotContain(left, b => b.Contains($"{person}\",\"n\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_two_minutes_the_drain_stops_the_erasure_throws_and_its_retry_finishes_the_job()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2031, 3, 10, 2, 30, 0, TimeSpan.Zero));
        var person = new PersonId(Guid.NewGuid());
        var hook = new OnEachReceive();
        await using var drain = await DrainAsync(clock, hook);
        await drain.SendAsync(person, naming: 40, others: 3);
        var subject = new DataSubject(new TenantId(Guid.NewGuid()), person, [], []);
        hook.Then = () =>
        {
            clock.Advance(TimeSpan.FromMinutes(3));
            return Task.CompletedTask;
        };

        await Assert.ThrowsAsync<ErasureUnfinishedException>(() => drain.Store.EraseAsync(subject).WaitAsync(Guard));
        var unfinished = await drain.BodiesAsync();
        hook.Then = () => Task.CompletedTask;
        await drain.Store.EraseAsync(subject).WaitAsync(Guard);

        Assert.Contains(unfinished, b => b.Contains(person.ToString(), StringComparison.Ordinal));
        var left = await drain.BodiesAsync();
        Assert.Equal(3, left.Length);
        Assert.All(left, b => Assert.Contains("someone else", b, StringComparison.Ordinal));
    }

    private static async Task<Drain> DrainAsync(FakeTimeProvider clock, OnEachReceive hook)
    {
        await Azurite.EnsureRunningAsync(RepositoryRoot.Find());
        var prefix = "drb" + Guid.NewGuid().ToString("N")[..10];
        var other = new QueueServiceClient("UseDevelopmentStorage=true", new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        var mine = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        mine.AddPolicy(hook, HttpPipelinePosition.PerCall);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{StorageOptions.Section}:{nameof(StorageOptions.ConnectionString)}"] = "UseDevelopmentStorage=true",
            [$"{StorageOptions.Section}:{nameof(StorageOptions.TablePrefix)}"] = prefix,
            ["DispatchSessionQueue"] = prefix + "-sessions",
            ["DispatchCardQueue"] = prefix + "-cards",
            ["PrivacyErasureQueue"] = prefix + "-erasures",
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddLogging()
            .AddMentoringInfrastructure(configuration)
            .AddSingleton(new QueueServiceClient("UseDevelopmentStorage=true", mine))
            .BuildServiceProvider();
        var cards = other.GetQueueClient(prefix + "-cards");
        await cards.CreateIfNotExistsAsync();
        return new Drain(services, cards, services.GetServices<IPersonalDataStore>().Single(s => s.Store == "Queues"));
    }

    private sealed record Drain(ServiceProvider Services, QueueClient Cards, IPersonalDataStore Store) : IAsyncDisposable
    {
        public async Task SendAsync(PersonId person, int naming, int others)
        {
            for (var n = 0; n < naming; n++)
            {
                await Cards.SendMessageAsync($"{{\"member\":\"{person}\",\"n\":{n}}}");
            }

            for (var n = 0; n < others; n++)
            {
                await Cards.SendMessageAsync($"{{\"member\":\"someone else\",\"n\":{n}}}");
            }
        }

        /// <summary>Every message of the cards queue, hidden ones included once they are visible again (the drain releases them).</summary>
        public async Task<string[]> BodiesAsync() => [.. (await Cards.PeekMessagesAsync(32)).Value.Select(m => m.Body.ToString())];

        public async ValueTask DisposeAsync()
        {
            await Cards.DeleteIfExistsAsync();
            await Services.DisposeAsync();
        }
    }

    /// <summary>After each receive of the drain (a GET of …/messages that is not a peek): counts what it got, then runs <see cref="Then"/>.</summary>
    private sealed class OnEachReceive : HttpPipelinePolicy
    {
        private int receives;
        private int received;

        public Func<Task> Then { get; set; } = () => Task.CompletedTask;

        public int Receives => receives;

        public int Received => received;

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
            throw new NotSupportedException("The erasure calls the queues asynchronously.");

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            await ProcessNextAsync(message, pipeline);
            var uri = message.Request.Uri.ToUri();
            var receive = message.Request.Method == RequestMethod.Get && uri.AbsolutePath.EndsWith("-cards/messages", StringComparison.Ordinal)
                && !uri.Query.Contains("peekonly", StringComparison.OrdinalIgnoreCase);
            if (!receive || message.Response.Status != 200)
            {
                return;
            }

            Interlocked.Increment(ref receives);
            Interlocked.Add(ref received, CountMessages(message.Response.Content.ToString()));
            await Then();
        }

        private static int CountMessages(string xml) => xml.Split("<QueueMessage>").Length - 1;
    }
}
