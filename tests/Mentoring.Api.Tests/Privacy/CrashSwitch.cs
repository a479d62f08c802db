namespace Mentoring.Api.Tests.Privacy;

/// <summary>Armed by a test: every erasure crashes midway (the instance dies, as far as the worker can tell) until disarmed.</summary>
public sealed class CrashSwitch
{
    private int armed;
    private Guid? only;
    private TaskCompletionSource fired = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when an erasure crashed since the switch was armed: a test waits for this state, not for a time.</summary>
    public Task Fired => fired.Task;

    /// <param name="person">Only this person's erasures crash; everyone's when null.</param>
    public void Arm(Guid? person = null)
    {
        only = person;
        fired = new(TaskCreationOptions.RunContinuationsAsynchronously);
        Interlocked.Exchange(ref armed, 1);
    }

    public void Disarm() => Interlocked.Exchange(ref armed, 0);

    public bool Fire(Guid person)
    {
        if (Volatile.Read(ref armed) == 0 || (only is { } target && target != person))
        {
            return false;
        }

        fired.TrySetResult();
        return true;
    }
}
