namespace Mentoring.Core.Privacy;

/// <summary>What the "Mes données" section shows: whether everything is paused, and where an erasure stands ("none", "running", "done").</summary>
/// <param name="Progress">While running: steps done of all steps; null otherwise.</param>
public sealed record PrivacyStatus(bool Paused, string Erasure, ErasureProgress? Progress = null);
