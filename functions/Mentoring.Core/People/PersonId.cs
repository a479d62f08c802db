using System.Diagnostics.CodeAnalysis;

namespace Mentoring.Core.People;

/// <summary>An Entra ID object id of a user.</summary>
/// <remarks>Never <see cref="Guid.Empty"/>.</remarks>
public readonly record struct PersonId
{
    public PersonId(Guid value)
    {
        if (value == Guid.Empty)
        {
            throw new ArgumentException("An id cannot be empty.", nameof(value));
        }

        Value = value;
    }

    public Guid Value { get; }

    public static bool TryParse([NotNullWhen(true)] string? text, out PersonId id)
    {
        if (Guid.TryParse(text, out var value) && value != Guid.Empty)
        {
            id = new PersonId(value);
            return true;
        }

        id = default;
        return false;
    }

    public override string ToString() => Value.ToString("D");
}
