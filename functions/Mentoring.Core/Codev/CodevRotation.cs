using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Codev;

/// <summary>Proposes who is client and who animates next, so that over a cycle every member is client once and animateur once.</summary>
/// <remarks>
/// A cycle is read from the roles actually held (the group may have swapped the proposal): it ends when every current member has
/// been client. The next client is the first member, in the circle's order, not yet client in this cycle and present: a member
/// absent when their turn came keeps their place and comes next. The animateur turns the same way, one place ahead in the order,
/// so that without absences the two never fall on the same person.
/// </remarks>
public static class CodevRotation
{
    /// <summary>Client, animateur and at least one consultant.</summary>
    public const int MinPresent = 3;

    public static Result<CodevRoles> Propose(IReadOnlyList<PersonId> members, IReadOnlyList<CodevRoles> held, IReadOnlySet<PersonId> absent)
    {
        var present = members.Where(m => !absent.Contains(m)).ToArray();
        if (present.Length < MinPresent)
        {
            return Error.Invalid("absent", "codev.tooFewPresent", new Dictionary<string, object> { ["min"] = MinPresent });
        }

        var clientsToCome = StillToCome(members, held.Select(r => r.Client));
        var client = clientsToCome.FirstOrDefault(m => !absent.Contains(m));
        if (client == default)
        {
            return Error.Conflict("codev.cycleWaitsForAbsent");
        }

        var animateurOrder = members.Skip(1).Append(members[0]).ToArray();
        var animateursToCome = StillToCome(animateurOrder, held.Select(r => r.Animateur));
        var animateur = animateursToCome.Concat(animateurOrder).First(m => !absent.Contains(m) && m != client);
        return new CodevRoles(client, animateur, [.. present.Where(m => m != client && m != animateur)]);
    }

    /// <summary>The members, in <paramref name="order"/>, who have not held a role yet in the current cycle of it.</summary>
    private static IReadOnlyList<PersonId> StillToCome(IReadOnlyList<PersonId> order, IEnumerable<PersonId> holders)
    {
        var cycle = new HashSet<PersonId>();
        foreach (var holder in holders.Where(order.Contains))
        {
            cycle.Add(holder);
            if (cycle.Count == order.Count)
            {
                cycle.Clear();
            }
        }

        return [.. order.Where(m => !cycle.Contains(m))];
    }
}
