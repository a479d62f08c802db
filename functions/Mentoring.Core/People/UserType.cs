namespace Mentoring.Core.People;

/// <summary>Entra ID's kind of account: a member of the tenant, or a guest invited from outside it (B2B).</summary>
/// <remarks>Guests can be members of circles like anyone else; the pickers show which is which.</remarks>
public enum UserType
{
    Member,
    Guest,
}
