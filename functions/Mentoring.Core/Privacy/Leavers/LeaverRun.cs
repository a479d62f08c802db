namespace Mentoring.Core.Privacy.Leavers;

/// <summary>What one run did: leavers noticed, restored people forgotten, leavers erased, erasures left for the next run.</summary>
public sealed record LeaverRun(int Noticed, int Restored, int Erased, int Postponed)
{
    public static readonly LeaverRun None = new(0, 0, 0, 0);

    public LeaverRun Add(LeaverRun other) =>
        new(Noticed + other.Noticed, Restored + other.Restored, Erased + other.Erased, Postponed + other.Postponed);
}
