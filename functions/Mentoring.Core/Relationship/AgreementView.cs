using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Relationship;

/// <summary>A circle's agreement as its members see it: the terms, and each member with the date they confirmed this version.</summary>
/// <param name="Agreement">Null until someone writes one.</param>
/// <param name="InForceSince">When the last member confirmed this version; null until everyone has.</param>
/// <param name="EndsAt">The agreed end (first in force + the total duration, extensions included); null until everyone confirmed this version.</param>
public sealed record AgreementView(Versioned<Agreement>? Agreement, IReadOnlyList<AgreementSigner> Members, DateTimeOffset? InForceSince, DateTimeOffset? EndsAt)
{
    public bool ConfirmedByAll => InForceSince is not null;
}

/// <summary>A member and when they confirmed the current version (null: not yet, or only an older version).</summary>
/// <param name="IsReader">Whether this member is the one reading: the tab offers them "I confirm".</param>
public sealed record AgreementSigner(PersonId Person, string DisplayName, DateTimeOffset? ConfirmedAt, bool IsReader);
