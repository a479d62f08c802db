using Mentoring.Core.People;

namespace Mentoring.Core.Privacy;

/// <summary>Who an erased person's shared writings are by from then on: one well-known id for every erased person, linked to nobody.</summary>
/// <remarks>A fixed id rather than one derived from the person's: nothing left behind can be matched back to them.</remarks>
public static class FormerMember
{
    public static PersonId Id { get; } = new(Guid.Parse("00000000-0000-4000-8000-0000000e7a5e"));

    public static string Name(bool english) => english ? "former member" : "ancien membre";
}
