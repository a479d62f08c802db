namespace Mentoring.Core.FollowUps;

/// <summary>The personal tab's "Suivis": follow-ups I have not answered, my recent answers, and my circles' card switches.</summary>
/// <param name="ToAnswer">Sessions ended within <see cref="ListMyFollowUps.Window"/> that I have not answered, latest first.</param>
/// <param name="Answered">My answers within the same window, latest first.</param>
/// <param name="Bot">Whether cards reach me in Teams: the tab says so when I blocked the bot or removed the app.</param>
public sealed record MyFollowUps(IReadOnlyList<MyCircleCards> Circles, IReadOnlyList<FollowUpQuestions> ToAnswer, IReadOnlyList<FollowUpQuestions> Answered, BotReach Bot);
