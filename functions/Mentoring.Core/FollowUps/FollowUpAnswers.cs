using System.Globalization;
using Mentoring.Core.Agendas;
using Mentoring.Core.Circles;
using Mentoring.Core.Commitments;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.FollowUps;

/// <summary>Checks an answer against what the follow-up asked, reporting every broken rule with its field at once.</summary>
public static class FollowUpAnswers
{
    /// <summary>The answer <paramref name="draft"/> says, as revision <c>questions.Revision + 1</c>; never writes anything.</summary>
    public static Result<FollowUp> Validate(FollowUpQuestions questions, FollowUpDraft draft, DateTimeOffset now)
    {
        var v = new Validation();
        var attended = ParseAttended(draft.Attended, v);
        var reviews = ParseReviews(questions, draft.Commitments ?? new Dictionary<string, string?>(), v);
        var commitments = ParseNewCommitments(draft.NewCommitments ?? [], v);
        var blocker = AgendaText.Optional("blocker", draft.Blocker, FollowUp.MaxBlockerLength);
        v.AddRange(blocker.Errors);
        var usefulness = ParseUsefulness(draft.Usefulness, v);
        var helpers = ParseHelpers(questions, draft.HelpedBy ?? [], v);
        return v.ToResult(() => new FollowUp(
            questions.Session.Id, questions.Member, attended, reviews, commitments, blocker.Value, usefulness, helpers, questions.Revision + 1, now));
    }

    /// <summary>The commitment state a review leaves: "not yet" keeps it open.</summary>
    public static CommitmentState StateOf(ReviewState review) => review switch
    {
        ReviewState.Done => CommitmentState.Done,
        ReviewState.Dropped => CommitmentState.Dropped,
        _ => CommitmentState.Open,
    };

    /// <summary>"done", "notYet" (also "not_yet", "open") or "dropped", in any case.</summary>
    public static ReviewState? ParseReview(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "done" => ReviewState.Done,
        "notyet" or "not_yet" or "open" => ReviewState.NotYet,
        "dropped" => ReviewState.Dropped,
        _ => null,
    };

    private static bool ParseAttended(string? text, Validation v)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "yes" or "true":
                return true;
            case "no" or "false":
                return false;
            case null or "":
                v.Add(Error.Invalid("attended", "required"));
                return false;
            default:
                v.Add(Error.Invalid("attended", "followUp.attended.invalid"));
                return false;
        }
    }

    private static CommitmentReview[] ParseReviews(FollowUpQuestions questions, IReadOnlyDictionary<string, string?> said, Validation v)
    {
        var asked = questions.Commitments.Select(c => c.Value.Id).ToHashSet();
        var states = new Dictionary<Guid, ReviewState>();
        foreach (var (key, text) in said)
        {
            var field = $"commitments.{key}";
            if (!Guid.TryParse(key, out var id) || !asked.Contains(id))
            {
                v.Add(Error.Invalid(field, "followUp.commitment.unknown"));
            }
            else if (ParseReview(text) is { } state)
            {
                states[id] = state;
            }
            else
            {
                v.Add(Error.Invalid(field, "followUp.commitment.state"));
            }
        }

        // A due commitment the answer leaves out stays open: the next session reviews it again.
        return [.. questions.Commitments.Select(c => new CommitmentReview(c.Value.Id, states.GetValueOrDefault(c.Value.Id, ReviewState.NotYet)))];
    }

    private static string[] ParseNewCommitments(IReadOnlyList<string?> texts, Validation v)
    {
        var given = texts.Select((text, index) => (text, index)).Where(t => !string.IsNullOrWhiteSpace(t.text)).ToArray();
        if (given.Length > FollowUp.MaxNewCommitments)
        {
            v.Add(Error.Invalid("newCommitments", "followUp.newCommitments.tooMany", new Dictionary<string, object> { ["max"] = FollowUp.MaxNewCommitments }));
            return [];
        }

        var checkedTexts = given.Select(t => AgendaText.Optional($"newCommitments[{t.index}]", t.text, FollowUp.MaxNewCommitmentLength)).ToArray();
        foreach (var text in checkedTexts)
        {
            v.AddRange(text.Errors);
        }

        return [.. checkedTexts.Where(t => t.IsSuccess && t.Value.Length > 0).Select(t => t.Value)];
    }

    private static int? ParseUsefulness(string? text, Validation v)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Digits only: "five", "4.5", "+3" or "1e0" are not a rating.
        if (text.Trim() is var digits && digits.All(char.IsAsciiDigit) && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            && value is >= FollowUp.MinUsefulness and <= FollowUp.MaxUsefulness)
        {
            return value;
        }

        v.Add(Error.Invalid("usefulness", "followUp.usefulness.range", new Dictionary<string, object> { ["min"] = FollowUp.MinUsefulness, ["max"] = FollowUp.MaxUsefulness }));
        return null;
    }

    private static PersonId[] ParseHelpers(FollowUpQuestions questions, IReadOnlyList<string?> ids, Validation v)
    {
        var given = ids.Where(id => !string.IsNullOrWhiteSpace(id)).ToArray();
        if (given.Length == 0)
        {
            return [];
        }

        if (questions.Circle.Kind != CircleKind.PeerGroup)
        {
            v.Add(Error.Invalid("helpedBy", "thanks.peerGroupOnly"));
            return [];
        }

        var helpers = new List<PersonId>();
        foreach (var text in given)
        {
            if (!PersonId.TryParse(text!.Trim(), out var id) || !questions.Circle.HasMember(id))
            {
                v.Add(Error.Invalid("helpedBy", "member.notFound"));
            }
            else if (id == questions.Member)
            {
                v.Add(Error.Invalid("helpedBy", "thanks.self"));
            }
            else if (!helpers.Contains(id))
            {
                helpers.Add(id);
            }
        }

        return [.. helpers.OrderBy(h => h.Value)];
    }
}
