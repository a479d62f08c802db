using Mentoring.Core.Agendas;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.Goals;
using Mentoring.Core.People;
using Mentoring.Core.Privacy;

namespace Mentoring.Core.FollowUps;

/// <summary>
/// What the dispatch sends: a member's follow-up card after a session, their reminder before one, or nothing. Three storage
/// requests per card: the circle's partition (circle, sessions, entries, the member's own answers and card switches) in one
/// query, the member's "pause everything" (a point read), and the member in the directory (language, time zone); a follow-up
/// card adds a fourth, the circle's goals partition (its "where I stand" block).
/// </summary>
public sealed class MemberCards(ICircleBoardStore store, IPersonDirectory directory, IPersonPause pauses, IGoalStore goals, TimeProvider time) : IMemberCards
{
    public async Task<MemberCard?> FollowUpAsync(TenantId tenant, CircleId circle, string sessionId, PersonId member, CancellationToken cancellationToken)
    {
        var board = await ReadAsync(tenant, circle, member, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var questions = board is null ? null : FollowUpQuestions.For(board, sessionId, member, now);
        if (questions is not { IsSuccess: true } || questions.Value.Answer is not null)
        {
            return null;
        }

        var goalBoard = await goals.ReadAsync(tenant, circle, member, cancellationToken).ConfigureAwait(false);
        var asked = questions.Value.WithGoals(goalBoard, PlaceGoals.MonthOf(board!.Circle.Value, now));
        var reader = await ReaderAsync(tenant, member, board.Circle.Value, cancellationToken).ConfigureAwait(false);
        return new MemberCard(AdaptiveCard.Serialize(FollowUpCard.Questions(asked, reader)), reader.Locale, FollowUpCard.Summary(asked, reader));
    }

    public async Task<MemberCard?> ReminderAsync(TenantId tenant, CircleId circle, string sessionId, PersonId member, CancellationToken cancellationToken)
    {
        var board = await ReadAsync(tenant, circle, member, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        if (board?.Session(sessionId) is not { } session || !SessionAgendas.IsOpen(session, now) || session.Start <= now)
        {
            return null;
        }

        var agenda = SessionAgendas.Compose(board, session, member, now);
        var reader = await ReaderAsync(tenant, member, board.Circle.Value, cancellationToken).ConfigureAwait(false);
        return new MemberCard(AdaptiveCard.Serialize(ReminderCard.Build(agenda, member, reader)), reader.Locale, ReminderCard.Summary(agenda, reader));
    }

    /// <summary>The member's language and zone, from the directory the product keeps.</summary>
    public async Task<CardReader> ReaderAsync(TenantId tenant, PersonId member, Circle circle, CancellationToken cancellationToken)
    {
        var people = await directory.FindAsync(tenant, [member], cancellationToken).ConfigureAwait(false);
        return CardReader.For(people.FirstOrDefault(), circle);
    }

    /// <summary>
    /// The board when cards go to this member: an active circle they belong to, whose cards they did not pause, and they did not
    /// pause everything (asked last, only when a card would otherwise go).
    /// </summary>
    private async Task<CircleBoard?> ReadAsync(TenantId tenant, CircleId circle, PersonId member, CancellationToken cancellationToken)
    {
        var board = await store.ReadAsync(tenant, circle, member, cancellationToken).ConfigureAwait(false);
        var sends = board is not null && board.Circle.Value.Status == CircleStatus.Active && board.Circle.Value.HasMember(member)
            && !board.CardPreferences.Any(p => p.Member == member && p.Paused);
        return sends && !await pauses.IsPausedAsync(tenant, member, cancellationToken).ConfigureAwait(false) ? board : null;
    }
}
