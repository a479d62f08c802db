using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Relationship;

/// <summary>Use cases: the relationship pulse, 30 days after a circle started then every 60 days (<see cref="PulseSchedule"/>).</summary>
/// <remarks>Each member answers once per pulse. Nobody sees another's answer, nor even whether they answered, until every member
/// answered that pulse: an answer is given without knowing the other's, so it stays honest.</remarks>
public sealed class Pulses(ICircleStore circles, IRelationshipStore store, TimeProvider time)
{
    public async Task<Result<PulseView>> ReadAsync(Caller caller, CircleId id, CancellationToken cancellationToken = default)
    {
        var circle = await circles.FindForMemberAsync(caller, id, cancellationToken).ConfigureAwait(false);
        if (!circle.IsSuccess)
        {
            return Result<PulseView>.Failure(circle.Errors);
        }

        var board = await store.ReadAsync(caller.Tenant, id, cancellationToken).ConfigureAwait(false);
        return ViewOf(circle.Value.Value, caller.Id, board.Pulses, time.GetUtcNow());
    }

    public async Task<Result<PulseView>> AnswerAsync(Caller caller, CircleId id, PulseDraft draft, CancellationToken cancellationToken = default)
    {
        var circle = await Goals.GoalActions.OpenCircleAsync(circles, caller, id, cancellationToken).ConfigureAwait(false);
        if (!circle.IsSuccess)
        {
            return Result<PulseView>.Failure(circle.Errors);
        }

        var now = time.GetUtcNow();
        var number = PulseSchedule.NumberAt(circle.Value.CreatedAt, now);
        if (number == 0)
        {
            return new Error(ErrorKind.Conflict, "pulse.notYet", "pulse");
        }

        var v = new Validation();
        if (!PulseAnswer.IsOnScale(draft.Useful))
        {
            v.Add(Error.Invalid("useful", "pulse.answer.range", Scale));
        }

        if (!PulseAnswer.IsOnScale(draft.Working))
        {
            v.Add(Error.Invalid("working", "pulse.answer.range", Scale));
        }

        if (v.HasErrors)
        {
            return Result<PulseView>.Failure(v.Errors);
        }

        var answer = new PulseAnswer(caller.Id, number, draft.Useful!.Value, draft.Working!.Value, now);
        var added = await store.AddPulseAsync(caller.Tenant, id, answer, cancellationToken).ConfigureAwait(false);
        if (!added.IsSuccess)
        {
            return Result<PulseView>.Failure(added.Errors);
        }

        var board = await store.ReadAsync(caller.Tenant, id, cancellationToken).ConfigureAwait(false);
        return ViewOf(circle.Value, caller.Id, board.Pulses, now);
    }

    /// <summary>The open pulse for <paramref name="reader"/>: their answer, and the others' only once every member answered.</summary>
    public static PulseView ViewOf(Circle circle, PersonId reader, IReadOnlyList<PulseAnswer> answers, DateTimeOffset now)
    {
        var number = PulseSchedule.NumberAt(circle.CreatedAt, now);
        var next = PulseSchedule.DueAt(circle.CreatedAt, number + 1);
        var opened = number == 0 ? (DateTimeOffset?)null : PulseSchedule.DueAt(circle.CreatedAt, number);
        var current = answers.Where(a => a.Number == number && circle.HasMember(a.Person)).ToList();
        var mine = current.FirstOrDefault(a => a.Person == reader);
        var everyone = circle.Members.All(m => current.Any(a => a.Person == m.PersonId));
        IReadOnlyList<PulseOther> others = everyone
            ? [.. circle.Members.Where(m => m.PersonId != reader).Select(m => Other(m, current.First(a => a.Person == m.PersonId)))]
            : [];
        var low = (mine?.IsLow ?? false) || others.Any(o => o.Useful <= PulseAnswer.LowAtMost || o.Working <= PulseAnswer.LowAtMost);
        return new PulseView(number, opened, next, mine, others, low);
    }

    private static PulseOther Other(Member member, PulseAnswer answer) => new(member.PersonId, member.DisplayName, answer.Useful, answer.Working);

    private static readonly IReadOnlyDictionary<string, object> Scale = new Dictionary<string, object> { ["min"] = PulseAnswer.Min, ["max"] = PulseAnswer.Max };
}
