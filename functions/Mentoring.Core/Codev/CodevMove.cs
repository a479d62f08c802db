namespace Mentoring.Core.Codev;

/// <summary>The animateur's request to move to a phase, by name ("clarification").</summary>
public sealed record CodevMove(string? Phase);
