namespace Mentoring.Core.Reciprocity;

/// <summary>The circle's balance of help given and received, with every thanks and the mentee's news, newest first.</summary>
public sealed record ReciprocityView(IReadOnlyList<MemberBalance> Balance, IReadOnlyList<Thanks> Thanks, IReadOnlyList<News> News);
