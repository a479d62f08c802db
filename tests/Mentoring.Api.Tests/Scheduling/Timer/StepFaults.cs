using System.Collections.Concurrent;

namespace Mentoring.Api.Tests.Scheduling.Timer;

/// <summary>The switchboard of the test decorators: which step fails how many times, which series Graph refuses, what was visited.</summary>
public sealed class StepFaults
{
    private readonly ConcurrentDictionary<string, int> armed = new();

    public ConcurrentDictionary<string, bool> RefusedSeries { get; } = new();

    /// <summary>Circle ids in the order the circle store was asked for them while <see cref="Recording"/>.</summary>
    public ConcurrentQueue<Guid> Visits { get; } = new();

    public bool Recording { get; set; }

    private Func<Task>? afterCadencePatch;

    /// <summary>Runs <paramref name="then"/> once, right after the next cadence patch reached the calendar and before its caller goes on (a race made to happen).</summary>
    public void OnNextCadencePatch(Func<Task> then) => afterCadencePatch = then;

    /// <summary>What to run after this cadence patch, if anything (given once).</summary>
    public Func<Task>? TakeAfterCadencePatch() => Interlocked.Exchange(ref afterCadencePatch, null);

    /// <summary>Makes <paramref name="step"/> fail its next <paramref name="times"/> occurrences.</summary>
    public void Arm(string step, int times = 1) => armed[step] = times;

    /// <summary>True (and one fewer left) when <paramref name="step"/> is armed.</summary>
    public bool Take(string step)
    {
        while (armed.TryGetValue(step, out var left) && left > 0)
        {
            if (armed.TryUpdate(step, left - 1, left))
            {
                return true;
            }
        }

        return false;
    }

    public void Reset()
    {
        armed.Clear();
        RefusedSeries.Clear();
        Visits.Clear();
        Recording = false;
        afterCadencePatch = null;
    }
}

/// <summary>What a decorator throws to stand for the process dying at that step.</summary>
public sealed class SimulatedCrash(string step) : Exception($"Simulated crash at {step}");
