using System.Text;
using Mentoring.Core.Profiles;

namespace Mentoring.Core.Matching;

/// <summary>Drafts the personal request a mentee sends to a suggested mentor, from both profiles; the mentee edits it.</summary>
/// <remarks>Says who the mentee is, where their career change goes and why this mentor, because a request that says why
/// <i>this</i> person is the one that gets an answer. Never longer than a few hundred characters.</remarks>
public static class MentorRequestDraft
{
    public static string Compose(Profile mentee, MentorSuggestion suggestion, bool english)
    {
        var mentor = suggestion.Mentor;
        var text = new StringBuilder();
        text.Append(english ? "Hello " : "Bonjour ").Append(mentor.DisplayName).Append(",\n\n");
        text.Append(english ? "I am " : "Je m'appelle ").Append(mentee.DisplayName);
        if (mentee.CurrentJob.Length > 0)
        {
            text.Append(english ? ", currently " : ", actuellement ").Append(mentee.CurrentJob);
        }

        text.Append(english ? ", and I am preparing a career change" : ", et je prépare une reconversion");
        if (mentee.TargetJob.Length > 0)
        {
            text.Append(english ? " to become " : " pour devenir ").Append(mentee.TargetJob);
        }

        if (mentee.TargetField.Length > 0)
        {
            text.Append(english ? " in " : " en ").Append(mentee.TargetField);
        }

        text.Append(".\n");
        foreach (var reason in suggestion.Reasons)
        {
            if (Sentence(reason, english) is { } sentence)
            {
                text.Append(sentence).Append('\n');
            }
        }

        text.Append(english
            ? "\nWould you agree to be my mentor? A conversation every few weeks would already help me a lot.\n\nThank you,\n"
            : "\nAccepteriez-vous d'être mon mentor ? Un échange toutes les quelques semaines m'aiderait déjà beaucoup.\n\nMerci d'avance,\n");
        return text.Append(mentee.DisplayName).ToString();
    }

    private static string? Sentence(SuggestionReason r, bool english) => r.Kind switch
    {
        ReasonKind.Experience when english =>
            $"Your {NumberWords.English(r.Number)} year{(r.Number > 1 ? "s" : "")} of experience in {r.Labels[0]} is exactly what I lack.",
        ReasonKind.Experience =>
            $"Vos {NumberWords.French(r.Number)} an{(r.Number > 1 ? "s" : "")} d'expérience en {r.Labels[0]} sont exactement ce qui me manque.",
        ReasonKind.SameJob when english => $"You already work as {r.Labels[0]}, the job I am aiming for.",
        ReasonKind.SameJob => $"Vous exercez déjà le métier que je vise : {r.Labels[0]}.",
        ReasonKind.Skills when english => $"I would like to learn {ReasonText.List(r.Labels, english: true)} from you.",
        ReasonKind.Skills => $"J'aimerais apprendre auprès de vous : {ReasonText.List(r.Labels, english: false)}.",
        _ => null,
    };
}
