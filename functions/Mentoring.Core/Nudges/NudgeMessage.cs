namespace Mentoring.Core.Nudges;

/// <summary>One activity-feed notification, the same for everyone it goes to (so it can go to them in one bulk request).</summary>
/// <param name="ActivityType">One of <see cref="NudgeActivityTypes"/>.</param>
/// <param name="Topic">The topic's text (the circle's name).</param>
/// <param name="SubEntityId">Where the personal tab opens: the deep link's <c>subEntityId</c> (e.g. <c>session:{circle}:{session}</c>).</param>
/// <param name="Preview">The preview text, in the recipients' language (Teams shows the first 150 characters).</param>
/// <param name="Parameters">The template's parameters, exactly those its text names.</param>
public sealed record NudgeMessage(string ActivityType, string Topic, string SubEntityId, string Preview, IReadOnlyDictionary<string, string> Parameters);
