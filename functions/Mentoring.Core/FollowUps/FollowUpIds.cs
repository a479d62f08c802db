using System.Security.Cryptography;
using System.Text;
using Mentoring.Core.Circles;
using Mentoring.Core.People;

namespace Mentoring.Core.FollowUps;

/// <summary>
/// The ids of what an answer writes, derived from (circle, session, member, slot): answering again writes the same entries
/// again, so a change replaces the previous answer's commitments, blocker and thanks instead of adding new ones.
/// </summary>
public static class FollowUpIds
{
    public static Guid NewCommitment(CircleId circle, string sessionId, PersonId member, int slot) => Derive(circle, sessionId, member, $"commitment{slot}");

    public static Guid Blocker(CircleId circle, string sessionId, PersonId member) => Derive(circle, sessionId, member, "blocker");

    public static Guid Thanks(CircleId circle, string sessionId, PersonId member, PersonId helper) => Derive(circle, sessionId, member, $"thanks{helper}");

    private static Guid Derive(CircleId circle, string sessionId, PersonId member, string slot)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"followup|{circle}|{sessionId}|{member}|{slot}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80); // version 8: a custom, name-based id (RFC 9562)
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
