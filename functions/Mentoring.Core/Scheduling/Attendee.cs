using Mentoring.Core.People;

namespace Mentoring.Core.Scheduling;

/// <summary>A member invited to a series.</summary>
public sealed record Attendee(PersonId Id, string DisplayName, string Email);
