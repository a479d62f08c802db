using Microsoft.Extensions.Hosting;

namespace Mentoring.Infrastructure.Storage;

/// <summary>Creates the tables when the host starts, so no request pays for it.</summary>
internal sealed class TablesInitializer(Tables tables) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => tables.CreateIfMissingAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
