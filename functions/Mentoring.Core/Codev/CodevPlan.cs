using System.Security.Cryptography;
using System.Text;
using Mentoring.Core.Agendas;
using Mentoring.Core.Circles;
using Mentoring.Core.Commitments;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Reciprocity;

namespace Mentoring.Core.Codev;

/// <summary>Turns a client's action plan into their commitments, due at the next session, and thanks to the consultants whose ideas they kept.</summary>
/// <remarks>Ids derive from the session and the step: a retried plan finds what its first attempt wrote instead of doubling it.</remarks>
public static class CodevPlan
{
    public const int MaxSteps = 10;

    public static Result<IReadOnlyList<ICircleEntry>> Entries(CircleBoard board, CodevSession codev, CodevPlanDraft draft, DateOnly today, DateOnly? nextSession, DateTimeOffset now)
    {
        var steps = draft.Steps ?? [];
        if (steps.Count is < 1 or > MaxSteps)
        {
            return Error.Invalid("steps", "codev.plan.steps", new Dictionary<string, object> { ["min"] = 1, ["max"] = MaxSteps });
        }

        var v = new Validation();
        var entries = new List<ICircleEntry>();
        var credited = new Dictionary<PersonId, List<string>>();
        for (var i = 0; i < steps.Count; i++)
        {
            var made = Commitment.Create(IdOf(codev, $"step{i}"), codev.SessionId, codev.Roles.Client, steps[i].Text, null, today, nextSession, now);
            v.AddRange(made.Errors.Select(e => e with { Field = $"steps[{i}].{e.Field}" }));
            var from = Consultant(codev, steps[i].IdeaFrom);
            if (!from.IsSuccess)
            {
                v.AddRange(from.Errors.Select(e => e with { Field = $"steps[{i}].ideaFrom" }));
            }

            if (made.IsSuccess && from.IsSuccess && from.Value is { } consultant)
            {
                credited.TryAdd(consultant, []);
                credited[consultant].Add(made.Value.Text);
            }

            if (made.IsSuccess)
            {
                entries.Add(made.Value);
            }
        }

        foreach (var (consultant, ideas) in credited)
        {
            var what = string.Join(" · ", ideas);
            var thanks = Thanks.Create(IdOf(codev, $"thanks{consultant}"), board.Circle.Value, codev.Roles.Client, consultant.ToString(), what[..Math.Min(what.Length, Thanks.MaxTextLength)], now);
            v.AddRange(thanks.Errors);
            entries.AddRange(thanks.IsSuccess ? [thanks.Value] : []);
        }

        return v.ToResult<IReadOnlyList<ICircleEntry>>(() => entries);
    }

    private static Result<PersonId?> Consultant(CodevSession codev, string? ideaFrom)
    {
        if (ideaFrom is null)
        {
            return (PersonId?)null;
        }

        if (!PersonId.TryParse(ideaFrom, out var person) || !codev.Roles.Consultants.Contains(person))
        {
            return Error.Invalid("ideaFrom", "codev.plan.notConsultant");
        }

        return (PersonId?)person;
    }

    private static Guid IdOf(CodevSession codev, string part)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"codev|{codev.SessionId}|{codev.Roles.Client}|{part}"));
        return new Guid(hash.AsSpan(0, 16));
    }
}
