using System.Globalization;
using System.Text.Json.Nodes;
using Mentoring.Core.FollowUps;
using Mentoring.Core.Profiles;

namespace Mentoring.Core.Requests;

/// <summary>A mentor request's cards: the request to the mentor (accept or decline with a word), what the mentor answered, and
/// the decision to the mentee.</summary>
/// <remarks>
/// Under Teams' 28 KB whatever people typed: the message is shown whole (it is what the mentor answers), the rest is cut
/// (objective <see cref="ObjectiveShown"/>, "about" <see cref="AboutShown"/>, each skill list <see cref="ListShown"/>, names
/// <see cref="FollowUpCard.NameLength"/> characters; the tab shows them whole). The worst case is text the JSON writer must
/// escape (an emoji is 12 bytes for 2 characters): a 2,000-character message of emoji alone is 12 KB; a test builds it.
/// </remarks>
public static class RequestCard
{
    public const int AboutShown = 400;
    public const int ObjectiveShown = 300;
    public const int ListShown = 150;
    public const string WordInput = "word";

    /// <summary>The card the mentor receives: who asks, their profile, the message, a word and Accept / Decline.</summary>
    public static MemberCard ForMentor(MentorRequest request, Profile? mentee, RequestCardTexts t)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(t);
        var name = Name(request.MenteeName);
        var body = new List<JsonNode?>
        {
            AdaptiveCard.Text(Format(t.Title, name), bold: true, size: "Medium"),
            AdaptiveCard.Text(Format(t.Intro, name), subtle: true),
        };
        body.AddRange(Profile(mentee, name, t));
        if (request.Objective.Length > 0)
        {
            body.Add(AdaptiveCard.Facts([(t.Objective, AdaptiveCard.Shorten(request.Objective, ObjectiveShown))]));
        }

        body.Add(AdaptiveCard.Text(t.Message, bold: true));
        body.Add(AdaptiveCard.Text(request.Message));
        body.Add(AdaptiveCard.TextInput(WordInput, Format(t.Word, name), null, MentorRequest.MaxAnswerLength, t.WordHint, multiline: true));
        var data = new JsonObject { [CardVerbs.Request] = request.Id.ToString() };
        var card = AdaptiveCard.Card(
            t.Lang, body,
            [AdaptiveCard.Execute(t.Accept, CardVerbs.AcceptRequest, data), AdaptiveCard.Execute(t.Decline, CardVerbs.DeclineRequest, data.DeepClone().AsObject())]);
        return new MemberCard(AdaptiveCard.Serialize(card), t.Locale, Format(t.Notification, name));
    }

    /// <summary>What replaces the mentor's card once answered; <paramref name="already"/> when this click changed nothing.</summary>
    public static MemberCard Answered(MentorRequest request, RequestCardTexts t, bool already)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(t);
        var name = Name(request.MenteeName);
        var accepted = request.State == MentorRequestState.Accepted;
        var title = Format(accepted ? t.YouAccepted : t.YouDeclined, name);
        var body = new List<JsonNode?>
        {
            already ? AdaptiveCard.Text(t.AlreadyAnswered, bold: true) : null,
            AdaptiveCard.Text(title, bold: !already, size: already ? null : "Medium"),
            accepted ? AdaptiveCard.Text(t.YouAcceptedNext) : null,
            Word(t.YourWord, request.Answer),
        };
        return new MemberCard(AdaptiveCard.Serialize(AdaptiveCard.Card(t.Lang, body, [])), t.Locale, title);
    }

    /// <summary>The card the mentee receives once the mentor answered: the decision and the mentor's word.</summary>
    public static MemberCard Decision(MentorRequest request, RequestCardTexts t)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(t);
        var name = Name(request.MentorName);
        var accepted = request.State == MentorRequestState.Accepted;
        var body = new List<JsonNode?>
        {
            AdaptiveCard.Text(Format(accepted ? t.MentorAccepted : t.MentorDeclined, name), bold: true, size: "Medium"),
            Word(t.TheirWord, request.Answer),
            AdaptiveCard.Text(accepted ? t.MentorAcceptedNext : t.MentorDeclinedNext, subtle: true),
        };
        return new MemberCard(AdaptiveCard.Serialize(AdaptiveCard.Card(t.Lang, body, [])), t.Locale, Format(t.AnswerNotification, name));
    }

    private static IEnumerable<JsonNode?> Profile(Profile? mentee, string name, RequestCardTexts t)
    {
        if (mentee is null)
        {
            yield return AdaptiveCard.Text(Format(t.NoProfile, name), subtle: true);
            yield break;
        }

        var aims = (mentee.TargetJob, mentee.TargetField) switch
        {
            ("", var field) => field,
            (var job, "") => job,
            (var job, var field) => $"{job} ({field})",
        };
        var facts = new (string Title, string Value)[]
        {
            (t.Aims, aims),
            (t.CurrentJob, mentee.CurrentJob),
            (t.Seeks, AdaptiveCard.Shorten(string.Join(", ", mentee.SkillsSought), ListShown)),
            (t.Offers, AdaptiveCard.Shorten(string.Join(", ", mentee.SkillsOffered), ListShown)),
            (t.Languages, string.Join(", ", mentee.Languages)),
            (t.City, mentee.City),
        };
        var filled = facts.Where(f => f.Value.Length > 0).ToArray();
        if (filled.Length > 0)
        {
            yield return AdaptiveCard.Facts(filled);
        }

        if (mentee.About.Length > 0)
        {
            yield return AdaptiveCard.Text(t.About, bold: true);
            yield return AdaptiveCard.Text(AdaptiveCard.Shorten(mentee.About, AboutShown));
        }
    }

    private static JsonObject? Word(string label, string word) =>
        word.Length == 0 ? null : AdaptiveCard.Facts([(label, word)]);

    private static string Name(string name) => AdaptiveCard.Shorten(name, FollowUpCard.NameLength);

    private static string Format(string text, string name) => string.Format(CultureInfo.InvariantCulture, text, name);
}
