using Mentoring.Core.People;

namespace Mentoring.Core.Relationship;

/// <summary>A member's "I agree" to one version of the agreement; stored apart from the agreement, so two members confirming
/// at once never overwrite each other.</summary>
public sealed record AgreementConfirmation(PersonId Person, int Version, DateTimeOffset ConfirmedAt);
