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
    private readonly Dictionary<string, FunctionMethod<TimerTriggerAttribute>> timers = FunctionMethod<TimerTriggerAttribute>.In(functions).ToDictionary(t => t.Name);

    public IEnumerable<string> Describe() => timers.Values.Select(t => $"TIMER        {t.Name} every {Period(t).TotalMinutes:0} min (POST /admin/functions/{t.Name})");

    public async Task<bool> RunAsync(string name, CancellationToken cancellationToken)
    {
        if (!timers.TryGetValue(name, out var timer))
        {
            return false;
        }

        using var scope = services.CreateScope();
        var instance = timer.Factory(scope.ServiceProvider, null);
        var arguments = timer.Parameters.Select(p => p.ParameterType == typeof(CancellationToken) ? cancellationToken : (object)new TimerInfo()).ToArray();
        await (Task)timer.Method.Invoke(instance, arguments)!;
        return true;
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(timers.Values.Select(t => LoopAsync(t.Name, Period(t), stoppingToken)));

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

    private static TimeSpan Period(FunctionMethod<TimerTriggerAttribute> timer) =>
        MinuteStep().Match(timer.Trigger.Schedule) is { Success: true } m ? TimeSpan.FromMinutes(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)) : TimeSpan.FromMinutes(5);

    [GeneratedRegex(@"^0 \*/(\d+) \* \* \* \*$")]
    private static partial Regex MinuteStep();
}
