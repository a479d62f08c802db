using System.Globalization;
using System.Text.Json.Nodes;
using Mentoring.Core.Commitments;

namespace Mentoring.Core.FollowUps;

/// <summary>The follow-up card (questions, filled with the current answer if any) and the summary that replaces it once answered.</summary>
/// <remarks>
/// Sizes are bounded whatever members wrote: at most <see cref="FollowUpQuestions.MaxReviewed"/> commitments, each label cut to
/// <see cref="LabelLength"/> characters; the inputs' own values are bounded by the answer's limits. A test builds the largest.
/// </remarks>
public static class FollowUpCard
{
    public const int LabelLength = 100;

    /// <summary>Directory names can be 256 characters long; a card shows the first 40.</summary>
    public const int NameLength = 40;
    public const string AttendedInput = "attended";
    public const string CommitmentInputPrefix = "commitment_";
    public const string NewCommitmentInputPrefix = "newCommitment";
    public const string BlockerInput = "blocker";
    public const string UsefulnessInput = "usefulness";
    public const string HelpedByInput = "helpedBy";

    public static JsonObject Questions(FollowUpQuestions q, CardReader reader)
    {
        var t = reader.Texts;
        var answer = q.Answer?.Value;
        var body = new List<JsonNode?>
        {
            AdaptiveCard.Text(string.Format(CultureInfo.InvariantCulture, t.FollowUpTitle, reader.Day(q.Session.Start)), bold: true, size: "Medium"),
            AdaptiveCard.Text(q.Circle.Name, subtle: true),
            AdaptiveCard.Choices(
                AttendedInput, t.Attended, [(t.Yes, "yes"), (t.No, "no")], AttendedValue(q), expanded: true, requiredMessage: t.RequiredAnswer),
        };
        if (AttendanceNote(q, t) is { } note)
        {
            body.Add(AdaptiveCard.Text(note, subtle: true));
        }

        if (q.Commitments.Count > 0)
        {
            body.Add(AdaptiveCard.Text(t.YourCommitments, bold: true));
            foreach (var c in q.Commitments)
            {
                var said = answer?.Reviews.FirstOrDefault(r => r.CommitmentId == c.Value.Id)?.State ?? ReviewState.NotYet;
                body.Add(AdaptiveCard.Choices(
                    CommitmentInputPrefix + c.Value.Id.ToString("N"), AdaptiveCard.Shorten(c.Value.Text, LabelLength),
                    [(t.Done, "done"), (t.NotYet, "notYet"), (t.Dropped, "dropped")], Value(said), expanded: true));
            }
        }

        body.AddRange(FollowUpGoalBlock.For(q, t));
        for (var slot = 0; slot < FollowUp.MaxNewCommitments; slot++)
        {
            body.Add(AdaptiveCard.TextInput(
                NewCommitmentInputPrefix + (slot + 1).ToString(CultureInfo.InvariantCulture), string.Format(CultureInfo.InvariantCulture, t.NewCommitment, slot + 1),
                answer?.NewCommitments.ElementAtOrDefault(slot), FollowUp.MaxNewCommitmentLength, slot == 0 ? t.NewCommitmentHint : null));
        }

        body.Add(AdaptiveCard.TextInput(BlockerInput, t.Blocker, answer?.Blocker, FollowUp.MaxBlockerLength, t.BlockerHint, multiline: true));
        body.Add(AdaptiveCard.Choices(
            UsefulnessInput, t.Usefulness,
            Enumerable.Range(FollowUp.MinUsefulness, FollowUp.MaxUsefulness).Select(n => (Rating(n, t), n.ToString(CultureInfo.InvariantCulture))),
            answer?.Usefulness?.ToString(CultureInfo.InvariantCulture)));
        if (q.Peers.Count > 0)
        {
            body.Add(AdaptiveCard.Choices(
                HelpedByInput, t.HelpedBy, q.Peers.Select(p => (AdaptiveCard.Shorten(p.DisplayName, NameLength), p.PersonId.ToString())),
                answer is { HelpedBy.Count: > 0 } ? string.Join(",", answer.HelpedBy) : null, expanded: true, multi: true));
        }

        return AdaptiveCard.Card(t.Lang, body, [AdaptiveCard.Execute(t.Submit, CardVerbs.SubmitFollowUp, Data(q))]);
    }

    /// <summary>What was recorded, with an action to change it (which brings the questions back, filled in).</summary>
    public static JsonObject Recorded(FollowUpQuestions q, CardReader reader)
    {
        var t = reader.Texts;
        var answer = q.Answer?.Value ?? throw new ArgumentException("Only an answered follow-up has a summary.", nameof(q));
        var facts = new List<(string, string)> { (t.Attended, answer.Attended ? t.Yes : t.No) };
        foreach (var c in q.Commitments)
        {
            var said = answer.Reviews.FirstOrDefault(r => r.CommitmentId == c.Value.Id)?.State ?? ReviewState.NotYet;
            facts.Add((AdaptiveCard.Shorten(c.Value.Text, LabelLength), said switch { ReviewState.Done => t.Done, ReviewState.Dropped => t.Dropped, _ => t.NotYet }));
        }

        for (var slot = 0; slot < answer.NewCommitments.Count; slot++)
        {
            facts.Add((string.Format(CultureInfo.InvariantCulture, t.NewCommitment, slot + 1), AdaptiveCard.Shorten(answer.NewCommitments[slot], LabelLength * 2)));
        }

        facts.Add((t.Blocker, answer.Blocker.Length == 0 ? t.Nothing : AdaptiveCard.Shorten(answer.Blocker, LabelLength * 3)));
        facts.Add((t.Usefulness, answer.Usefulness is { } u ? Rating(u, t) : t.Nothing));
        if (q.Peers.Count > 0)
        {
            var names = q.Peers.Where(p => answer.HelpedBy.Contains(p.PersonId)).Select(p => AdaptiveCard.Shorten(p.DisplayName, NameLength)).ToArray();
            facts.Add((t.HelpedBy, names.Length == 0 ? t.Nothing : string.Join(", ", names)));
        }

        return AdaptiveCard.Card(
            t.Lang,
            [
                AdaptiveCard.Text(string.Format(CultureInfo.InvariantCulture, t.RecordedTitle, reader.Day(q.Session.Start)), bold: true, size: "Medium"),
                AdaptiveCard.Text(q.Circle.Name, subtle: true),
                AdaptiveCard.Facts(facts),
                AdaptiveCard.Text(t.RecordedNote, subtle: true),
            ],
            [AdaptiveCard.Execute(t.Modify, CardVerbs.EditFollowUp, Data(q))]);
    }

    /// <summary>The notification's text.</summary>
    public static string Summary(FollowUpQuestions q, CardReader reader) =>
        string.Format(CultureInfo.InvariantCulture, reader.Texts.FollowUpSummary, reader.Day(q.Session.Start), q.Circle.Name);

    /// <summary>The member's own answer; before it, what Teams' report says (they correct it); without a report, nothing.</summary>
    private static string? AttendedValue(FollowUpQuestions q)
    {
        var attended = q.Answer is { } answer ? answer.Value.Attended : q.AttendedPerTeams;
        return attended is null ? null : attended.Value ? "yes" : "no";
    }

    /// <summary>Where the pre-filled answer comes from, before the member answered: Teams, or no report at all.</summary>
    private static string? AttendanceNote(FollowUpQuestions q, CardTexts t)
    {
        if (q.Answer is not null || q.Attendance is not { } attendance)
        {
            return null;
        }

        return q.AttendedPerTeams switch
        {
            true => string.Format(CultureInfo.InvariantCulture, t.AttendedPerTeams, (attendance.SecondsOf(q.Member) + 30) / 60),
            false => t.AbsentPerTeams,
            null => t.NoTeamsReport,
        };
    }

    private static JsonObject Data(FollowUpQuestions q) => new()
    {
        [CardVerbs.Circle] = q.Circle.Id.ToString(),
        [CardVerbs.Session] = q.Session.Id,
        [CardVerbs.Member] = q.Member.ToString(),
        [CardVerbs.Revision] = q.Revision,
    };

    private static string Value(ReviewState state) => state switch
    {
        ReviewState.Done => "done",
        ReviewState.Dropped => "dropped",
        _ => "notYet",
    };

    private static string Rating(int n, CardTexts t) => n switch
    {
        FollowUp.MinUsefulness => $"{n} — {t.UsefulnessLow}",
        FollowUp.MaxUsefulness => $"{n} — {t.UsefulnessHigh}",
        _ => n.ToString(CultureInfo.InvariantCulture),
    };
}
