using Mentoring.Core.Common;

namespace Mentoring.Core.Relationship;

/// <summary>A circle's agreement, its confirmations and its pulse answers, as stored (one partition, one read).</summary>
/// <remarks>Unfiltered: whoever reads it (<see cref="AgreementActions"/>, <see cref="Pulses"/>) decides what a person sees.</remarks>
public sealed record RelationshipBoard(Versioned<Agreement>? Agreement, IReadOnlyList<AgreementConfirmation> Confirmations, IReadOnlyList<PulseAnswer> Pulses)
{
    public static readonly RelationshipBoard Empty = new(null, [], []);

    /// <summary>The members' answers to the end questions (<see cref="Ending.EndingActions"/>), each inserted once.</summary>
    public IReadOnlyList<Ending.EndingAnswer> Endings { get; init; } = [];

    /// <summary>The circle's last inactivity flag (<see cref="Ending.Inactivity"/>), with its version; null when never flagged.</summary>
    public Versioned<Ending.InactivityFlag>? Inactivity { get; init; }
}
