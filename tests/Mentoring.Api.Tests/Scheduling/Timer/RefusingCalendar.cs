using System.Reflection;
using Mentoring.Core.Scheduling;
using Microsoft.Graph.Models.ODataErrors;

namespace Mentoring.Api.Tests.Scheduling.Timer;

/// <summary>
/// The real calendar gateway (Graph SDK against the emulator), except that any call naming a series listed in
/// <see cref="StepFaults.RefusedSeries"/> fails as the gateway does on a 4xx it does not expect: with Graph's ODataError, and
/// a cadence patch runs what <see cref="StepFaults.OnNextCadencePatch"/> was given it is done.
/// </summary>
/// <remarks>A proxy, so every gateway method (present or added later) passes through unchanged unless it names a refused series.</remarks>
public class RefusingCalendar : DispatchProxy
{
    private ICalendarGateway inner = null!;
    private StepFaults faults = null!;

    public static ICalendarGateway Wrap(ICalendarGateway inner, StepFaults faults)
    {
        var proxy = Create<ICalendarGateway, RefusingCalendar>();
        var refusing = (RefusingCalendar)(object)proxy;
        (refusing.inner, refusing.faults) = (inner, faults);
        return proxy;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (args?.OfType<string>().Any(faults.RefusedSeries.ContainsKey) == true)
        {
            throw new ODataError { ResponseStatusCode = 400, Error = new MainError { Code = "ErrorInvalidRequest", Message = "Refused by the test." } };
        }

        try
        {
            var result = targetMethod.Invoke(inner, args);
            return targetMethod.Name == nameof(ICalendarGateway.UpdateCadenceAsync) && faults.TakeAfterCadencePatch() is { } then
                ? ThenAsync((Task<Mentoring.Core.Common.Result<Mentoring.Core.Common.Unit>>)result!, then)
                : result;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }

    private static async Task<T> ThenAsync<T>(Task<T> call, Func<Task> then)
    {
        var result = await call.ConfigureAwait(false);
        await then().ConfigureAwait(false);
        return result;
    }
}
