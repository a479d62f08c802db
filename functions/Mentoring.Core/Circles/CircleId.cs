using System.Diagnostics.CodeAnalysis;

namespace Mentoring.Core.Circles;

/// <summary>The id of a circle, unique across tenants.</summary>
/// <remarks>Never <see cref="Guid.Empty"/>.</remarks>
public readonly record struct CircleId
{
    public CircleId(Guid value)
    {
        if (value == Guid.Empty)
        {
            throw new ArgumentException("An id cannot be empty.", nameof(value));
        }

        Value = value;
    }

    public Guid Value { get; }

    public static bool TryParse([NotNullWhen(true)] string? text, out CircleId id)
    {
        if (Guid.TryParse(text, out var value) && value != Guid.Empty)
        {
            id = new CircleId(value);
            return true;
        }

        id = default;
        return false;
    }

    public override string ToString() => Value.ToString("D");
}
