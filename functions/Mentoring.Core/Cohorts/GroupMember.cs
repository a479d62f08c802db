using Mentoring.Core.People;

namespace Mentoring.Core.Cohorts;

/// <summary>A person in a forming group and their answer.</summary>
public sealed record GroupMember(PersonId Person, string DisplayName, GroupAnswer Answer);
