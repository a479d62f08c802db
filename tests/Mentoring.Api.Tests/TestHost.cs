using Mentoring.LocalHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Api.Tests;

/// <summary>How every fixture starts its local host: Azurite, tables of its own, and one fake clock for the app and the emulator.</summary>
public static class TestHost
{
    /// <param name="tablePrefix">The fixture's own table prefix (Azurite may be shared with other runs).</param>
    /// <param name="clock">The clock of the Functions app and of the emulator: tokens, events and chats agree on it.</param>
    /// <param name="settings">Adds to the common settings (services to replace, queues, no demo seed...).</param>
    public static async Task<(LocalHostApp Host, Users Users)> StartAsync(
        string tablePrefix, FakeTimeProvider clock, Func<LocalHostSettings, LocalHostSettings>? settings = null)
    {
        // Left running on purpose: other test projects may share this Azurite; the test script stops it.
        _ = await Azurite.EnsureRunningAsync(RepositoryRoot.Find());
        var common = new LocalHostSettings
        {
            Url = "http://127.0.0.1:0",
            EmulatorUrl = "http://127.0.0.1:0",
            TablePrefix = tablePrefix,

            // Queues of its own too: hosts sharing Azurite and queue names took each other's messages (a card, a calendar change
            // notification's work item) and dropped them as unknown, so a test's card or sync sometimes never came.
            QueuePrefix = tablePrefix + "-",
            Time = clock,

            // The API tests write their own scenarios on a demo whose sessions are all ahead; the browser tests walk its lived
            // month (DemoHistory), and a fixture here that needs it can turn it back on.
            DemoHistory = false,

            // Off but in the dispatch host, which tests it: opening conversations at every join adds bot traffic to every test.
            OpenConversationsAhead = false,
        };
        var host = await LocalHostApp.StartAsync(settings?.Invoke(common) ?? common);
        if (host.Services.GetRequiredService<TimeProvider>() != clock)
        {
            await host.DisposeAsync();
            throw new InvalidOperationException("A fixture replaced the fake clock: its tests would depend on today's date.");
        }

        return (host, new Users(host));
    }

    /// <summary>
    /// Waits until the emulator has posted every change notification and the host's queues are empty, twice (a sync a notification
    /// started can write an event whose notification comes next): what a test records afterwards is its own doing.
    /// </summary>
    public static async Task SettleAsync(this LocalHostApp host)
    {
        ArgumentNullException.ThrowIfNull(host);
        for (var round = 0; round < 2; round++)
        {
            await host.Emulator.Notifications.WhenIdleAsync();
            await host.DrainQueuesAsync(TimeSpan.FromMinutes(2));
        }
    }

    /// <summary>A table prefix no other run uses: <paramref name="stem"/> and ten random hex digits.</summary>
    public static string Prefix(string stem) => stem + Guid.NewGuid().ToString("N")[..10];
}
