using Mentoring.Core.People;

namespace Mentoring.Core.Scheduling;

/// <summary>A person's busy times over a window, and their working hours.</summary>
public sealed record Availability(PersonId Person, IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> Busy, WorkingHours WorkingHours);
