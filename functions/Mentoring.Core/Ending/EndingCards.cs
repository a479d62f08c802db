using Mentoring.Core.Agendas;
using Mentoring.Core.Circles;
using Mentoring.Core.Delivery;
using Mentoring.Core.FollowUps;
using Mentoring.Core.People;
using Mentoring.Core.Privacy;
using Mentoring.Core.Relationship;
using Mentoring.Core.Scheduling;
using Mentoring.Core.Teams;

namespace Mentoring.Core.Ending;

/// <summary>Builds an end question's or an inactivity flag's card for the delivery, from the circle as it is when it leaves.</summary>
/// <remarks>As the follow-up cards do: nothing to a member of a circle no longer active, to one who paused this circle's cards
/// or everything; nothing once the question was answered (by them) or the flag answered (by anyone). The tab still shows both.</remarks>
public sealed class EndingCards(
    ICircleBoardStore boards, IRelationshipStore store, IPersonPause pauses, IPersonDirectory directory, ITeamsAppLinks links, SchedulingSettings settings, TimeProvider time)
{
    public async Task<MemberCard?> CardAsync(CardDelivery card, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(card);
        var board = await boards.ReadAsync(card.Tenant, card.Circle, card.Member, cancellationToken).ConfigureAwait(false);
        if (board?.Circle.Value is not { Status: CircleStatus.Active } circle || !circle.HasMember(card.Member)
            || board.CardPreferences.Any(p => p.Member == card.Member && p.Paused))
        {
            return null;
        }

        var relationship = await store.ReadAsync(card.Tenant, card.Circle, cancellationToken).ConfigureAwait(false);
        var due = card.Kind == CardKind.EndingQuestion ? QuestionEnd(circle, relationship, card) : FlagEnd(circle, relationship, card);
        if (due is not { } notice || await pauses.IsPausedAsync(card.Tenant, card.Member, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var person = (await directory.FindAsync(card.Tenant, [card.Member], cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        var reader = CardReader.For(person, circle);
        var t = EndingCardTexts.For(reader.English);
        var tab = await links.ForTenantAsync(card.Tenant, settings.TabLink, cancellationToken).ConfigureAwait(false);
        var (title, body) = notice.Kind switch
        {
            Notice.Question => (t.QuestionTitle, t.QuestionBody),
            Notice.Flag => (t.FlagTitle, t.FlagBody),
            _ => (t.WarningTitle, t.WarningBody),
        };
        return EndingCard.Build(title, body, circle.Name, reader.Day(notice.Day), tab, t);
    }

    /// <summary>The question's agreed end while the card's round is still open and the member has not answered it.</summary>
    private (Notice Kind, DateTimeOffset Day)? QuestionEnd(Circle circle, RelationshipBoard relationship, CardDelivery card)
    {
        var view = AgreementActions.ViewOf(circle, relationship, card.Member);
        var round = AgreementEnd.OpenRound(view, time.GetUtcNow());
        var answered = relationship.Endings.Any(a => a.Round == round && a.Person == card.Member);
        return round is not null && round == EndingCardKeys.RoundOf(card.SessionId) && !answered ? (Notice.Question, view.EndsAt!.Value) : null;
    }

    /// <summary>The close date while the card's flag is still the circle's open one.</summary>
    private static (Notice Kind, DateTimeOffset Day)? FlagEnd(Circle circle, RelationshipBoard relationship, CardDelivery card) =>
        relationship.Inactivity?.Value is { IsOpen: true } flag && EndingCardKeys.IsAbout(card.SessionId, circle, flag, out var warning)
            ? (warning ? Notice.Warning : Notice.Flag, flag.ClosesAt)
            : null;

    private enum Notice
    {
        Question,
        Flag,
        Warning,
    }
}
