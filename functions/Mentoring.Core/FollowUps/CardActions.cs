using Mentoring.Core.Agendas;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.FollowUps;

/// <summary>
/// Use case: a member acts on one of their cards in Teams (answers a follow-up, asks to change it, adds an item from a
/// reminder); the answer is the card that replaces it.
/// </summary>
public sealed class CardActions(AnswerFollowUp followUps, AgendaItems items, GetSessionAgenda agendas)
{
    /// <param name="person">The member as the directory knows them (language, zone), when it does.</param>
    /// <param name="idempotencyKey">From the invoke's activity id: a redelivered invoke adds its item once.</param>
    public async Task<Result<MemberCard>> ExecuteAsync(Caller caller, Person? person, CardInvoke invoke, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        if (invoke.Member != caller.Id)
        {
            return Error.Forbidden("followUp.notYourCard");
        }

        var english = CardReader.IsEnglish(person?.Locale);
        switch (invoke.Verb)
        {
            case CardVerbs.SubmitFollowUp:
                var answered = await followUps.ExecuteAsync(caller, invoke.Circle, invoke.SessionId, invoke.Answer, english, cancellationToken).ConfigureAwait(false);
                return answered.Map(q => Card(FollowUpCard.Recorded(q, CardReader.For(person, q.Circle)), q, person));
            case CardVerbs.EditFollowUp:
                var questions = await followUps.QuestionsAsync(caller, invoke.Circle, invoke.SessionId, cancellationToken).ConfigureAwait(false);
                return questions.Map(q => Card(FollowUpCard.Questions(q, CardReader.For(person, q.Circle)), q, person));
            default:
                var added = await items.AddAsync(caller, invoke.Circle, invoke.SessionId, new AgendaItemDraft(invoke.ItemKind ?? "topic", invoke.ItemText), idempotencyKey, cancellationToken).ConfigureAwait(false);
                if (!added.IsSuccess)
                {
                    return Result<MemberCard>.Failure(added.Errors);
                }

                var agenda = await agendas.ExecuteAsync(caller, invoke.Circle, invoke.SessionId, cancellationToken).ConfigureAwait(false);
                return agenda.Map(a => CardReader.For(person, a.Circle) is var reader
                    ? new MemberCard(AdaptiveCard.Serialize(ReminderCard.Build(a, caller.Id, reader, added.Value.Value.Text)), reader.Locale, ReminderCard.Summary(a, reader))
                    : null!);
        }
    }

    private static MemberCard Card(System.Text.Json.Nodes.JsonObject card, FollowUpQuestions q, Person? person) =>
        CardReader.For(person, q.Circle) is var reader ? new MemberCard(AdaptiveCard.Serialize(card), reader.Locale, FollowUpCard.Summary(q, reader)) : null!;
}
