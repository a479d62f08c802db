namespace Mentoring.Core.Scheduling;

/// <summary>The result of <see cref="AttendeeChange.ApplyTo"/>: the addresses kept, in the event's order, then the people added.</summary>
public sealed record AttendeeEdit(IReadOnlyList<string> Kept, IReadOnlyList<Attendee> Added, bool ChangesNothing);
