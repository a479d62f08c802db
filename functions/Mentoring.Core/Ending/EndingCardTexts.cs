namespace Mentoring.Core.Ending;

/// <summary>The end question's and the inactivity flag's card texts, French first; {0} is the circle's name, {1} a day.</summary>
public sealed record EndingCardTexts(
    string Lang, string Locale, string QuestionTitle, string QuestionBody, string FlagTitle, string FlagBody, string WarningTitle, string WarningBody, string Open)
{
    private static readonly EndingCardTexts French = new(
        "fr", "fr-FR",
        "« {0} » arrive à la fin convenue le {1}",
        "Prolonger ou clore ? Chacun répond une fois, dans l'onglet Mes cercles. En clôturant, vous vous placerez une dernière fois sur vos objectifs et pourrez remercier l'autre.",
        "« {0} » ne s'est plus réuni depuis trois séances prévues",
        "Que voulez-vous faire : reprendre, faire une pause ou clore ? Une réponse suffit pour le cercle. Sans réponse, il sera clos le {1}.",
        "« {0} » sera clos le {1}",
        "Personne n'a encore répondu : reprendre, faire une pause ou clore ? Sans réponse d'ici là, le cercle sera clos.",
        "Répondre dans Mes cercles");

    private static readonly EndingCardTexts English = new(
        "en", "en-US",
        "“{0}” reaches its agreed end on {1}",
        "Extend or close? Each of you answers once, in the My circles tab. When closing, you place yourself once more on your objectives and may thank the other.",
        "“{0}” has not met for three planned sessions",
        "What would you like to do: start again, pause or close? One answer is enough for the circle. Without one, it closes on {1}.",
        "“{0}” closes on {1}",
        "Nobody has answered yet: start again, pause or close? Without an answer by then, the circle closes.",
        "Answer in My circles");

    public static EndingCardTexts For(bool english) => english ? English : French;
}
