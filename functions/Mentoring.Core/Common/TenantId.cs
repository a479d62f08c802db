using System.Diagnostics.CodeAnalysis;

namespace Mentoring.Core.Common;

/// <summary>An Entra ID tenant (directory) id.</summary>
/// <remarks>Never <see cref="Guid.Empty"/>.</remarks>
public readonly record struct TenantId
{
    public TenantId(Guid value)
    {
        if (value == Guid.Empty)
        {
            throw new ArgumentException("An id cannot be empty.", nameof(value));
        }

        Value = value;
    }

    public Guid Value { get; }

    public static bool TryParse([NotNullWhen(true)] string? text, out TenantId id)
    {
        if (Guid.TryParse(text, out var value) && value != Guid.Empty)
        {
            id = new TenantId(value);
            return true;
        }

        id = default;
        return false;
    }

    public override string ToString() => Value.ToString("D");
}
