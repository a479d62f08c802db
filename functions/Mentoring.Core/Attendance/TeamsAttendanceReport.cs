using Mentoring.Core.People;

namespace Mentoring.Core.Attendance;

/// <summary>One Teams attendance report of a meeting (one session of it, from its start to when the last person left).</summary>
/// <param name="People">Each person of the directory who joined, with their total time in the meeting.</param>
/// <param name="Guests">People without a directory id (guests, phone dial-ins): counted only.</param>
public sealed record TeamsAttendanceReport(DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<AttendedPerson> People, int Guests = 0);

/// <summary>Someone who was in a session's Teams meeting, and for how long in all (every join to its leave).</summary>
public sealed record AttendedPerson(PersonId Person, int Seconds);
