namespace Mentoring.Core.FollowUps;

/// <summary>Everything a card says, in French (first) and English; a test checks that both are complete.</summary>
/// <remarks>{0}, {1}… are filled by the card builders (dates and names, already in the member's language and zone).</remarks>
public sealed record CardTexts
{
    public required string Lang { get; init; }
    public required string FollowUpTitle { get; init; }
    public required string FollowUpSummary { get; init; }
    public required string Attended { get; init; }
    public required string AttendedPerTeams { get; init; }
    public required string AbsentPerTeams { get; init; }
    public required string NoTeamsReport { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string YourCommitments { get; init; }
    public required string YourGoals { get; init; }
    public required string Done { get; init; }
    public required string NotYet { get; init; }
    public required string Dropped { get; init; }
    public required string NewCommitment { get; init; }
    public required string NewCommitmentHint { get; init; }
    public required string Blocker { get; init; }
    public required string BlockerHint { get; init; }
    public required string Usefulness { get; init; }
    public required string UsefulnessLow { get; init; }
    public required string UsefulnessHigh { get; init; }
    public required string HelpedBy { get; init; }
    public required string Submit { get; init; }
    public required string RequiredAnswer { get; init; }
    public required string RecordedTitle { get; init; }
    public required string RecordedNote { get; init; }
    public required string Nothing { get; init; }
    public required string Modify { get; init; }
    public required string ReminderTitle { get; init; }
    public required string ReminderSummary { get; init; }
    public required string AgendaSoFar { get; init; }
    public required string AgendaEmpty { get; init; }
    public required string CommitmentsDue { get; init; }
    public required string More { get; init; }
    public required string AddItem { get; init; }
    public required string AddItemHint { get; init; }
    public required string ItemKind { get; init; }
    public required string KindBlocker { get; init; }
    public required string KindQuestion { get; init; }
    public required string KindSuccess { get; init; }
    public required string KindTopic { get; init; }
    public required string Add { get; init; }
    public required string ItemAdded { get; init; }
    public required string Join { get; init; }

    public static CardTexts For(bool english) => english ? En : Fr;

    public static CardTexts Fr { get; } = new()
    {
        Lang = "fr",
        FollowUpTitle = "Suivi de la séance du {0}",
        FollowUpSummary = "Comment s'est passée la séance du {0} ({1}) ?",
        Attended = "Avez-vous participé à la séance ?",
        AttendedPerTeams = "D'après Teams, vous étiez dans la réunion {0} min. Corrigez si ce n'est pas juste.",
        AbsentPerTeams = "D'après Teams, vous n'avez pas rejoint la réunion. Corrigez si ce n'est pas juste.",
        NoTeamsReport = "Teams n'a pas de rapport de présence pour cette séance (la réunion n'a pas été démarrée dans Teams) : "
            + "dites-nous si vous y étiez.",
        Yes = "Oui",
        No = "Non",
        YourCommitments = "Vos engagements qui arrivaient à échéance",
        YourGoals = "Où en êtes-vous sur vos objectifs ce mois-ci ?",
        Done = "Tenu",
        NotYet = "Pas encore",
        Dropped = "Abandonné",
        NewCommitment = "Nouvel engagement {0} (pour la prochaine séance)",
        NewCommitmentHint = "Une action précise, par exemple : appeler deux anciens collègues",
        Blocker = "Ce qui vous bloque",
        BlockerHint = "Il sera ajouté à l'ordre du jour de la prochaine séance",
        Usefulness = "Utilité de la séance pour vous",
        UsefulnessLow = "pas utile",
        UsefulnessHigh = "très utile",
        HelpedBy = "Qui vous a aidé pendant la séance ?",
        Submit = "Envoyer",
        RequiredAnswer = "Répondez à cette question.",
        RecordedTitle = "Merci, votre suivi de la séance du {0} est enregistré",
        RecordedNote = "Vos nouveaux engagements et ce qui vous bloque figurent à l'ordre du jour de la prochaine séance.",
        Nothing = "—",
        Modify = "Modifier",
        ReminderTitle = "Prochaine séance : {0}",
        ReminderSummary = "Rappel : séance {1} le {0}",
        AgendaSoFar = "L'ordre du jour à ce stade",
        AgendaEmpty = "Aucun point pour l'instant : ajoutez le vôtre.",
        CommitmentsDue = "Engagements à revoir",
        More = "… et {0} de plus, dans le panneau de la réunion",
        AddItem = "Ajouter un point à l'ordre du jour",
        AddItemHint = "Une question, un blocage, une réussite à partager…",
        ItemKind = "Type de point",
        KindBlocker = "Blocage",
        KindQuestion = "Question",
        KindSuccess = "Réussite",
        KindTopic = "Sujet",
        Add = "Ajouter",
        ItemAdded = "Point ajouté : {0}",
        Join = "Rejoindre la réunion Teams",
    };

    public static CardTexts En { get; } = new()
    {
        Lang = "en",
        FollowUpTitle = "Follow-up of the session of {0}",
        FollowUpSummary = "How did the session of {0} ({1}) go?",
        Attended = "Did you attend the session?",
        AttendedPerTeams = "According to Teams, you were in the meeting for {0} min. Correct it if that is wrong.",
        AbsentPerTeams = "According to Teams, you did not join the meeting. Correct it if that is wrong.",
        NoTeamsReport = "Teams has no attendance report for this session (the meeting was not started in Teams): tell us whether you were there.",
        Yes = "Yes",
        No = "No",
        YourCommitments = "Your commitments that were due",
        YourGoals = "Where do you stand on your objectives this month?",
        Done = "Done",
        NotYet = "Not yet",
        Dropped = "Dropped",
        NewCommitment = "New commitment {0} (for the next session)",
        NewCommitmentHint = "A precise action, for example: call two former colleagues",
        Blocker = "What blocks you",
        BlockerHint = "It goes on the next session's agenda",
        Usefulness = "How useful the session was to you",
        UsefulnessLow = "not useful",
        UsefulnessHigh = "very useful",
        HelpedBy = "Who helped you during the session?",
        Submit = "Send",
        RequiredAnswer = "Answer this question.",
        RecordedTitle = "Thank you, your follow-up of the session of {0} is recorded",
        RecordedNote = "Your new commitments and what blocks you are on the next session's agenda.",
        Nothing = "—",
        Modify = "Change",
        ReminderTitle = "Next session: {0}",
        ReminderSummary = "Reminder: {1} session on {0}",
        AgendaSoFar = "The agenda so far",
        AgendaEmpty = "No item yet: add yours.",
        CommitmentsDue = "Commitments to review",
        More = "… and {0} more, in the meeting's side panel",
        AddItem = "Add an item to the agenda",
        AddItemHint = "A question, a blocker, a success to share…",
        ItemKind = "Kind of item",
        KindBlocker = "Blocker",
        KindQuestion = "Question",
        KindSuccess = "Success",
        KindTopic = "Topic",
        Add = "Add",
        ItemAdded = "Item added: {0}",
        Join = "Join the Teams meeting",
    };
}
