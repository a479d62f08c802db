namespace Mentoring.Core.Commitments;

/// <summary>Where a commitment stands: open until its author says it was kept (done) or let go (dropped).</summary>
public enum CommitmentState
{
    Open,
    Done,
    Dropped,
}
