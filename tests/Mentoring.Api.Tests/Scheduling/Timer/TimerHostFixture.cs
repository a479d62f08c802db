using Mentoring.Core.Circles;
using Mentoring.Core.Scheduling;
using Mentoring.LocalHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Api.Tests.Scheduling.Timer;

/// <summary>A local host of its own (Azurite, emulator, tables under a random prefix) whose circle store and calendar can be made to fail.</summary>
public sealed class TimerHostFixture : IAsyncLifetime
{
    public StepFaults Faults { get; } = new();

    public CapturedLogs Logs { get; } = new();

    /// <summary>Fixed at <see cref="TestClock.Start"/>.</summary>
    public FakeTimeProvider Clock { get; } = TestClock.New();

    public LocalHostApp Host { get; private set; } = null!;

    public Users Users { get; private set; } = null!;

    public async Task InitializeAsync() => (Host, Users) = await TestHost.StartAsync(TestHost.Prefix("tmr"), Clock, settings => settings with
    {
        ConfigureServices = services =>
        {
            services.AddSingleton(Faults);
            services.AddLogging(logging => logging.AddProvider(Logs));
            Decorate<ICircleStore>(services, (inner, sp) => new CrashingCircleStore(inner, sp.GetRequiredService<StepFaults>()));
            Decorate<ICalendarGateway>(services, (inner, sp) => RefusingCalendar.Wrap(inner, sp.GetRequiredService<StepFaults>()));
        },
    });

    public async Task DisposeAsync() => await Host.DisposeAsync();

    /// <summary>Empties the timer's work list, so a test knows exactly which circles a run visits.</summary>
    public async Task UnlistEverythingAsync()
    {
        var scheduled = Host.Services.GetRequiredService<IScheduledCircles>();
        var listed = new List<ScheduledCircle>();
        await foreach (var row in scheduled.ListAsync())
        {
            listed.Add(row);
        }

        foreach (var row in listed)
        {
            await scheduled.RemoveAsync(row.Tenant, row.Circle);
        }
    }

    /// <summary>
    /// Takes the circles off the list of unfinished work that every timer run visits first (a creation marks its circle until a
    /// visit finds nothing left to do), so a run visits them in the list's own order.
    /// </summary>
    public async Task MarkFinishedAsync(IEnumerable<string> circleIds)
    {
        var scheduled = Host.Services.GetRequiredService<IScheduledCircles>();
        foreach (var id in circleIds)
        {
            await scheduled.MarkFinishedAsync(new Core.Common.TenantId(M365Emulator.DemoDirectory.ContosoTenantId), new Core.Circles.CircleId(Guid.Parse(id)));
        }
    }

    private static void Decorate<T>(IServiceCollection services, Func<T, IServiceProvider, T> wrap)
        where T : class
    {
        var original = services.Last(s => s.ServiceType == typeof(T));
        services.Remove(original);
        services.Add(new ServiceDescriptor(typeof(T), sp => wrap(Resolve<T>(original, sp), sp), original.Lifetime));
    }

    private static T Resolve<T>(ServiceDescriptor original, IServiceProvider sp) =>
        (T)(original.ImplementationInstance ?? original.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, original.ImplementationType!));
}

[CollectionDefinition(Name)]
public sealed class TimerHostCollection : ICollectionFixture<TimerHostFixture>
{
    public const string Name = "timer host";
}
