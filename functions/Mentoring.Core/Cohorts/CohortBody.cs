namespace Mentoring.Core.Cohorts;

/// <summary>A cohort as a coordinator creates it: a name and the ids of people of their tenant.</summary>
public sealed record CohortBody(string? Name, IReadOnlyList<string?>? Members);
