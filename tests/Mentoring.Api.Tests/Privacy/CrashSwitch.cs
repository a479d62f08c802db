namespace Mentoring.Api.Tests.Privacy;

/// <summary>Armed by a test: the next erasure crashes (the process dies midway, as far as the request can tell).</summary>
public sealed class CrashSwitch
{
    private int armed;

    public void Arm() => Interlocked.Exchange(ref armed, 1);

    public bool Fire() => Interlocked.Exchange(ref armed, 0) == 1;
}
