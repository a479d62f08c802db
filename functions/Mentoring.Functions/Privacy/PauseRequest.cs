namespace Mentoring.Functions.Privacy;

/// <summary>Pause everything (true) or resume (false).</summary>
public sealed record PauseRequest(bool? Paused);
