using Mentoring.Core.People;

namespace Mentoring.Core.Codev;

/// <summary>Who does what in one co-développement session: one client, one animateur, the other present members consult.</summary>
/// <remarks>Invariant: the client and the animateur are two different present members; consultants are everyone else present.</remarks>
public sealed record CodevRoles(PersonId Client, PersonId Animateur, IReadOnlyList<PersonId> Consultants);
