namespace Mentoring.Core.Codev;

/// <summary>The minutes a request asks for each phase; a missing one keeps its current (or default) length.</summary>
public sealed record CodevMinutes(int? Expose = null, int? Clarification = null, int? Contract = null, int? Consultation = null, int? ActionPlan = null, int? Learnings = null);
