using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Codev;

/// <summary>What any choice of roles must respect, proposed or swapped by the group.</summary>
public static class CodevRules
{
    public static Result<CodevRoles> Check(IReadOnlyList<PersonId> present, PersonId client, PersonId animateur)
    {
        if (present.Count < CodevRotation.MinPresent)
        {
            return Error.Invalid("absent", "codev.tooFewPresent", new Dictionary<string, object> { ["min"] = CodevRotation.MinPresent });
        }

        if (!present.Contains(client))
        {
            return Error.Invalid("client", "codev.roleAbsent");
        }

        if (!present.Contains(animateur))
        {
            return Error.Invalid("animateur", "codev.roleAbsent");
        }

        if (client == animateur)
        {
            return Error.Invalid("animateur", "codev.sameClientAndAnimateur");
        }

        return new CodevRoles(client, animateur, [.. present.Where(m => m != client && m != animateur)]);
    }
}
