namespace Mentoring.Core.Requests;

/// <summary>Everything a mentor request's cards say, in French (first) and English; a test checks that both are complete.</summary>
/// <remarks>{0} is a person's name (the mentee's on the mentor's cards, the mentor's on the mentee's).</remarks>
public sealed record RequestCardTexts
{
    public required string Lang { get; init; }
    public required string Locale { get; init; }
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required string Notification { get; init; }
    public required string Aims { get; init; }
    public required string CurrentJob { get; init; }
    public required string Seeks { get; init; }
    public required string Offers { get; init; }
    public required string Languages { get; init; }
    public required string City { get; init; }
    public required string NoProfile { get; init; }
    public required string About { get; init; }
    public required string Objective { get; init; }
    public required string Message { get; init; }
    public required string Word { get; init; }
    public required string WordHint { get; init; }
    public required string Accept { get; init; }
    public required string Decline { get; init; }
    public required string YouAccepted { get; init; }
    public required string YouAcceptedNext { get; init; }
    public required string YouDeclined { get; init; }
    public required string YourWord { get; init; }
    public required string AlreadyAnswered { get; init; }
    public required string AnswerNotification { get; init; }
    public required string MentorAccepted { get; init; }
    public required string MentorAcceptedNext { get; init; }
    public required string MentorDeclined { get; init; }
    public required string MentorDeclinedNext { get; init; }
    public required string TheirWord { get; init; }

    public static RequestCardTexts For(bool english) => english ? En : Fr;

    public static RequestCardTexts Fr { get; } = new()
    {
        Lang = "fr",
        Locale = "fr-FR",
        Title = "Demande de mentorat de {0}",
        Intro = "{0} aimerait que vous soyez son mentor. Voici son projet et son message.",
        Notification = "{0} vous demande d'être son mentor",
        Aims = "Vise",
        CurrentJob = "Métier actuel",
        Seeks = "Cherche à apprendre",
        Offers = "Apporte",
        Languages = "Langues",
        City = "Ville",
        NoProfile = "{0} n'a plus de profil visible.",
        About = "En quelques mots",
        Objective = "Objectif du mentorat",
        Message = "Son message",
        Word = "Un mot pour {0} (facultatif)",
        WordHint = "Par exemple : avec plaisir, parlons-en à notre première séance",
        Accept = "Accepter",
        Decline = "Refuser",
        YouAccepted = "Vous avez accepté la demande de {0} : le cercle est créé",
        YouAcceptedNext = "Votre cercle de mentorat est dans l'onglet Mes cercles, prêt à planifier.",
        YouDeclined = "Vous avez refusé la demande de {0}",
        YourWord = "Votre mot",
        AlreadyAnswered = "Cette demande avait déjà reçu une réponse : rien n'a été modifié.",
        AnswerNotification = "Réponse de {0} à votre demande de mentorat",
        MentorAccepted = "{0} a accepté votre demande de mentorat : le cercle est créé",
        MentorAcceptedNext = "Votre cercle de mentorat est dans l'onglet Mes cercles, prêt à planifier.",
        MentorDeclined = "{0} a refusé votre demande de mentorat",
        MentorDeclinedNext = "Vous pouvez écrire à un autre mentor depuis l'onglet Mes cercles.",
        TheirWord = "Son mot",
    };

    public static RequestCardTexts En { get; } = new()
    {
        Lang = "en",
        Locale = "en-US",
        Title = "Mentoring request from {0}",
        Intro = "{0} would like you to be their mentor. Here are their project and their message.",
        Notification = "{0} asks you to be their mentor",
        Aims = "Aims at",
        CurrentJob = "Current job",
        Seeks = "Wants to learn",
        Offers = "Brings",
        Languages = "Languages",
        City = "City",
        NoProfile = "{0} no longer has a visible profile.",
        About = "In a few words",
        Objective = "Objective of the mentoring",
        Message = "Their message",
        Word = "A word for {0} (optional)",
        WordHint = "For example: gladly, let's talk about it at our first session",
        Accept = "Accept",
        Decline = "Decline",
        YouAccepted = "You accepted {0}'s request: the circle is created",
        YouAcceptedNext = "Your mentoring circle is in the My circles tab, ready to schedule.",
        YouDeclined = "You declined {0}'s request",
        YourWord = "Your word",
        AlreadyAnswered = "This request had already been answered: nothing was changed.",
        AnswerNotification = "{0} answered your mentoring request",
        MentorAccepted = "{0} accepted your mentoring request: the circle is created",
        MentorAcceptedNext = "Your mentoring circle is in the My circles tab, ready to schedule.",
        MentorDeclined = "{0} declined your mentoring request",
        MentorDeclinedNext = "You can write to another mentor from the My circles tab.",
        TheirWord = "Their word",
    };
}
