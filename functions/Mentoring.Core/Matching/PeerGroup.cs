using Mentoring.Core.People;

namespace Mentoring.Core.Matching;

/// <summary>A proposed peer group: 3 to 5 people, in cohort order, and the languages all of them speak (primary subtags;
/// empty only when the cohort left no other way). A proposal: it becomes a circle only once every member accepts.</summary>
public sealed record PeerGroup(IReadOnlyList<PersonId> Members, IReadOnlyList<string> SharedLanguages);
