using Azure.Core;
using Azure.Data.Tables;
using Mentoring.Core.Circles;
using Mentoring.Core.People;
using Mentoring.Infrastructure.People;
using Mentoring.Infrastructure.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Mentoring.Infrastructure;

/// <summary>Registers the adapters behind Core's ports.</summary>
public static class InfrastructureServices
{
    public static IServiceCollection AddMentoringInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<StorageRequestCounter>();
        services.AddSingleton(sp =>
        {
            var options = new TableClientOptions();
            options.AddPolicy(sp.GetRequiredService<StorageRequestCounter>(), HttpPipelinePosition.PerRetry);
            return new TableServiceClient(sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString, options);
        });
        services.AddSingleton<Tables>();
        services.AddHostedService<TablesInitializer>();
        services.AddSingleton<ICircleStore, TableCircleStore>();
        services.AddSingleton<TablePersonDirectory>();
        services.AddSingleton<IPersonDirectory>(sp => sp.GetRequiredService<TablePersonDirectory>());
        return services;
    }
}
