namespace Mentoring.Core.Privacy;

/// <summary>How far a running erasure is: steps done of its steps (each circle to leave, then each store to erase).</summary>
public sealed record ErasureProgress(int Done, int Total);
