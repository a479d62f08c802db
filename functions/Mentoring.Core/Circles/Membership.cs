using Mentoring.Core.Common;

namespace Mentoring.Core.Circles;

/// <summary>The size and role rules of each kind of circle.</summary>
public static class Membership
{
    public const int MinPeers = 3;
    public const int MaxPeers = 5;

    /// <summary>The error for a peer group outside 3–5 members, or null.</summary>
    public static Error? CheckSize(CircleKind kind, int count, string field) =>
        kind == CircleKind.PeerGroup && count is < MinPeers or > MaxPeers
            ? Error.Invalid(field, "peerGroup.size", new Dictionary<string, object> { ["min"] = MinPeers, ["max"] = MaxPeers, ["actual"] = count })
            : null;

    /// <summary>The error for a mentorship that is not exactly one mentor and one mentee, or null.</summary>
    public static Error? CheckRoles(CircleKind kind, IReadOnlyList<MemberRole> roles, string field)
    {
        if (kind == CircleKind.Mentorship)
        {
            var ok = roles.Count == 2 && roles.Count(r => r == MemberRole.Mentor) == 1 && roles.Count(r => r == MemberRole.Mentee) == 1;
            return ok ? null : Error.Invalid(field, "mentorship.roles");
        }

        return roles.Any(r => r != MemberRole.Peer) ? Error.Invalid(field, "peerGroup.roles") : null;
    }
}
