using Mentoring.Core.Agendas;
using Mentoring.Core.Circles;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.FollowUps;

/// <summary>Use case: my follow-ups across my circles, one partition query per circle (the card may have been lost, or never sent).</summary>
public sealed class ListMyFollowUps(ICircleStore circles, ICircleBoardStore store, IBotReach reach, TimeProvider time)
{
    /// <summary>How far back the tab looks: two months covers a monthly mentorship's last two sessions.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(62);

    public async Task<MyFollowUps> ExecuteAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        var reachable = reach.OfAsync(caller.Tenant, caller.Id, cancellationToken);
        var mine = await circles.ListForMemberAsync(caller.Tenant, caller.Id, cancellationToken).ConfigureAwait(false);
        var boards = await Task.WhenAll(mine.Select(c => store.ReadAsync(caller.Tenant, c.Id, caller.Id, cancellationToken))).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var (cards, toAnswer, answered) = (new List<MyCircleCards>(), new List<FollowUpQuestions>(), new List<FollowUpQuestions>());
        foreach (var board in boards.Where(b => b is not null && b.Circle.Value.HasMember(caller.Id) && b.Circle.Value.Status != CircleStatus.Closed))
        {
            var circle = board!.Circle.Value;
            cards.Add(new MyCircleCards(circle.Id, circle.Name, circle.Kind, board.CardPreferences.Any(p => p.Member == caller.Id && p.Paused)));
            foreach (var session in board.Held.Where(s => s.End <= now && s.End > now - Window))
            {
                var questions = FollowUpQuestions.For(board, session.Id, caller.Id, now);
                if (questions.IsSuccess)
                {
                    (questions.Value.Answer is null ? toAnswer : answered).Add(questions.Value);
                }
            }
        }

        return new MyFollowUps(
            [.. cards.OrderBy(c => c.Name, StringComparer.CurrentCulture)],
            [.. toAnswer.OrderByDescending(q => q.Session.End)],
            [.. answered.OrderByDescending(q => q.Answer!.Value.AnsweredAt)],
            await reachable.ConfigureAwait(false));
    }
}
