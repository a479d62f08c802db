using Mentoring.Core.People;

namespace Mentoring.Core.Privacy.Leavers;

/// <summary>One person the directory reports as changed since the last look: removed (deleted) or present (e.g. restored).</summary>
public sealed record DirectoryChange(PersonId Person, bool Removed);
