namespace Mentoring.Core.Privacy;

/// <summary>What the "Mes données" section shows: whether everything is paused, and where an erasure stands ("none", "running", "done").</summary>
public sealed record PrivacyStatus(bool Paused, string Erasure);
