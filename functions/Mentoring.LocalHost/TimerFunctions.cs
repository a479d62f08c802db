using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Azure.Functions.Worker;

namespace Mentoring.LocalHost;

/// <summary>
/// Runs the Functions assembly's timer triggers: on their schedule (the minute step of a "0 */N * * * *" NCRONTAB, else
/// every 5 minutes), and on demand through <c>POST /admin/functions/{name}</c>, as the Functions host's admin API does.
/// </summary>
internal sealed partial class TimerFunctions(IServiceProvider services, Assembly functions, ILogger<TimerFunctions> logger) : BackgroundService
{
    private readonly Dictionary<string, (Type Type, MethodInfo Method, TimeSpan Period)> timers = Discover(functions);

    public IEnumerable<string> Describe() => timers.Select(t => $"TIMER        {t.Key} every {t.Value.Period.TotalMinutes:0} min (POST /admin/functions/{t.Key})");

    public async Task<bool> RunAsync(string name, CancellationToken cancellationToken)
    {
        if (!timers.TryGetValue(name, out var timer))
        {
            return false;
        }

        using var scope = services.CreateScope();
        var instance = ActivatorUtilities.CreateInstance(scope.ServiceProvider, timer.Type);
        var arguments = timer.Method.GetParameters().Select(p => p.ParameterType == typeof(CancellationToken) ? cancellationToken : (object)new TimerInfo()).ToArray();
        await (Task)timer.Method.Invoke(instance, arguments)!;
        return true;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(timers.Select(t => LoopAsync(t.Key, t.Value.Period, stoppingToken)));

    private async Task LoopAsync(string name, TimeSpan period, CancellationToken stoppingToken)
    {
        using var ticks = new PeriodicTimer(period);
        while (await ticks.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunAsync(name, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Timer {Timer} failed", name);
            }
        }
    }

    private static Dictionary<string, (Type, MethodInfo, TimeSpan)> Discover(Assembly assembly) =>
        (from type in assembly.GetExportedTypes()
         from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
         let function = method.GetCustomAttribute<FunctionAttribute>()
         let trigger = method.GetParameters().Select(p => p.GetCustomAttribute<TimerTriggerAttribute>()).FirstOrDefault(a => a is not null)
         where function is not null && trigger is not null
         select (function.Name, type, method, Period(trigger.Schedule)))
        .ToDictionary(t => t.Name, t => (t.type, t.method, t.Item4));

    private static TimeSpan Period(string schedule) =>
        MinuteStep().Match(schedule) is { Success: true } m ? TimeSpan.FromMinutes(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)) : TimeSpan.FromMinutes(5);

    [GeneratedRegex(@"^0 \*/(\d+) \* \* \* \*$")]
    private static partial Regex MinuteStep();
}
