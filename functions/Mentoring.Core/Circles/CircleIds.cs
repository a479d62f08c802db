using System.Security.Cryptography;
using System.Text;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Circles;

/// <summary>Circle ids: time-ordered when new, or derived from the caller's idempotency key so a retried creation finds its circle.</summary>
public static class CircleIds
{
    public const int MaxKeyLength = 200;

    public static CircleId New(TimeProvider time) => new(Guid.CreateVersion7(time.GetUtcNow()));

    /// <summary>The same tenant, caller and key always give the same id; different ones practically never collide (SHA-256).</summary>
    public static Result<CircleId> FromIdempotencyKey(Caller caller, string key)
    {
        if (key.Length is 0 or > MaxKeyLength || key.Any(c => c is < '!' or > '~'))
        {
            return Error.Invalid("Idempotency-Key", "idempotencyKey.invalid", new Dictionary<string, object> { ["max"] = MaxKeyLength });
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{caller.Tenant}|{caller.Id}|{key}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x80); // version 8: a custom, name-based id (RFC 9562)
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 9562 variant
        return new CircleId(new Guid(bytes));
    }
}
