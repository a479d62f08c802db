using Mentoring.Core.Privacy;
using Mentoring.Infrastructure.Storage;
using Mentoring.LocalHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Infrastructure.Tests.Privacy;

/// <summary>The real stores on Azurite with tables of their own and a clock the test moves (circles close "now" by it).</summary>
public sealed class RetentionHost : IAsyncLifetime
{
    private ServiceProvider? services;

    /// <summary>A fixed day, far from today: retention is counted from this clock only.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2031, 3, 10, 2, 30, 0, TimeSpan.Zero));

    /// <summary>What the purges reported as failed, item by item.</summary>
    public RecordedTimerFailures Failures { get; } = new();

    public IServiceProvider Services => services ?? throw new InvalidOperationException("Not initialized.");

    public async Task InitializeAsync()
    {
        await Azurite.EnsureRunningAsync(RepositoryRoot.Find());
        var prefix = "ret" + Guid.NewGuid().ToString("N")[..10];
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{StorageOptions.Section}:{nameof(StorageOptions.ConnectionString)}"] = "UseDevelopmentStorage=true",
                [$"{StorageOptions.Section}:{nameof(StorageOptions.TablePrefix)}"] = prefix,

                // Queues of its own: a purge reads the dispatch queues for messages naming the circle.
                ["DispatchSessionQueue"] = prefix + "-sessions",
                ["DispatchCardQueue"] = prefix + "-cards",
            })
            .Build();
        services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton(new RetentionSettings())
            .AddMentoringInfrastructure(configuration)
            .BuildServiceProvider(validateScopes: true);
        await Services.GetRequiredService<Tables>().CreateIfMissingAsync();
    }

    /// <summary>A purge as one instance of the function app runs it, with its own stores' list.</summary>
    public PurgeClosedCircles NewPurge(IEnumerable<IPersonalDataStore>? stores = null) => new(
        Services.GetRequiredService<IRetentionList>(),
        stores ?? Services.GetServices<IPersonalDataStore>(),
        Services.GetRequiredService<RetentionSettings>(),
        Failures,
        Clock);

    public async Task DisposeAsync()
    {
        if (services is not null)
        {
            await services.DisposeAsync();
        }
    }
}
