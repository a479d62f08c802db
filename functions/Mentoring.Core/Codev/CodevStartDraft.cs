namespace Mentoring.Core.Codev;

/// <summary>Starting co-développement mode: the roles the group settled on (the proposal where left out), who is absent, the timings.</summary>
public sealed record CodevStartDraft(string? Client = null, string? Animateur = null, IReadOnlyList<string>? Absent = null, CodevMinutes? Minutes = null);
