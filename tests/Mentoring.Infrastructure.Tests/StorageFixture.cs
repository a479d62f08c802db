using Mentoring.Core.Circles;
using Mentoring.Infrastructure.People;
using Mentoring.Infrastructure.Storage;
using Mentoring.LocalHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Infrastructure.Tests;

/// <summary>The real adapters on Azurite, with tables of their own (a random prefix) so no two runs share data.</summary>
/// <remarks>Azurite is left running: another test project may be using it.</remarks>
public sealed class StorageFixture : IAsyncLifetime
{
    private ServiceProvider? services;

    public string TablePrefix { get; } = "t" + string.Concat(Enumerable.Range(0, 8).Select(_ => (char)('a' + Random.Shared.Next(26))));

    public IServiceProvider Services => services ?? throw new InvalidOperationException("The fixture is not initialized.");

    public ICircleStore Circles => Services.GetRequiredService<ICircleStore>();

    public TablePersonDirectory People => Services.GetRequiredService<TablePersonDirectory>();

    public StorageRequestCounter Requests => Services.GetRequiredService<StorageRequestCounter>();

    public async Task InitializeAsync()
    {
        await Azurite.EnsureRunningAsync(RepositoryRoot.Find());
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{StorageOptions.Section}:{nameof(StorageOptions.ConnectionString)}"] = "UseDevelopmentStorage=true",
                [$"{StorageOptions.Section}:{nameof(StorageOptions.TablePrefix)}"] = TablePrefix,
            })
            .Build();
        services = new ServiceCollection().AddLogging().AddMentoringInfrastructure(configuration).BuildServiceProvider(validateScopes: true);
        await Services.GetRequiredService<Tables>().CreateIfMissingAsync();
    }

    public async Task DisposeAsync()
    {
        if (services is null)
        {
            return;
        }

        var tables = services.GetRequiredService<Tables>();
        foreach (var table in new[] { tables.Circles, tables.Memberships, tables.People, tables.Scheduled, tables.Matching, tables.Pauses })
        {
            await table.DeleteAsync();
        }

        await services.DisposeAsync();
    }
}
