namespace Mentoring.Core.Circles.Invitations;

/// <summary>Everything an invitation's card says, in French (first) and English; every text is required, so neither can miss one.</summary>
/// <remarks>{0} is the inviter's name, {1} the circle's name.</remarks>
public sealed record InvitationCardTexts
{
    public required string Lang { get; init; }
    public required string Locale { get; init; }
    public required string Title { get; init; }
    public required string IntroMentorship { get; init; }
    public required string IntroPeerGroup { get; init; }
    public required string Role { get; init; }
    public required string Mentor { get; init; }
    public required string Mentee { get; init; }
    public required string Peer { get; init; }
    public required string Consent { get; init; }
    public required string Accept { get; init; }
    public required string Decline { get; init; }
    public required string Notification { get; init; }
    public required string Accepted { get; init; }
    public required string AcceptedNext { get; init; }
    public required string Declined { get; init; }
    public required string NoLongerOpen { get; init; }
    public required string Withdrawn { get; init; }

    public static InvitationCardTexts For(bool english) => english ? En : Fr;

    public string RoleName(MemberRole role) => role switch
    {
        MemberRole.Mentor => Mentor,
        MemberRole.Mentee => Mentee,
        _ => Peer,
    };

    public static InvitationCardTexts Fr { get; } = new()
    {
        Lang = "fr",
        Locale = "fr-FR",
        Title = "Invitation à rejoindre « {1} »",
        IntroMentorship = "{0} vous invite à un mentorat.",
        IntroPeerGroup = "{0} vous invite dans son groupe de pairs.",
        Role = "Votre rôle",
        Mentor = "mentor",
        Mentee = "mentoré",
        Peer = "pair",
        Consent = "Tant que vous n'avez pas accepté, vous ne faites pas partie du cercle et ne recevez aucune invitation de calendrier.",
        Accept = "Accepter",
        Decline = "Refuser",
        Notification = "{0} vous invite à rejoindre « {1} »",
        Accepted = "Vous avez rejoint « {1} »",
        AcceptedNext = "Le cercle est dans l'onglet Mes cercles ; ses séances arrivent dans votre calendrier.",
        Declined = "Vous avez refusé l'invitation à « {1} »",
        NoLongerOpen = "Cette invitation n'est plus ouverte (déjà répondue ou retirée) : rien n'a été modifié.",
        Withdrawn = "{0} a retiré son invitation à « {1} »",
    };

    public static InvitationCardTexts En { get; } = new()
    {
        Lang = "en",
        Locale = "en-US",
        Title = "Invitation to join “{1}”",
        IntroMentorship = "{0} invites you to a mentorship.",
        IntroPeerGroup = "{0} invites you to their peer group.",
        Role = "Your role",
        Mentor = "mentor",
        Mentee = "mentee",
        Peer = "peer",
        Consent = "Until you accept, you are not part of the circle and get no calendar invitation.",
        Accept = "Accept",
        Decline = "Decline",
        Notification = "{0} invites you to join “{1}”",
        Accepted = "You joined “{1}”",
        AcceptedNext = "The circle is in the My circles tab; its sessions come to your calendar.",
        Declined = "You declined the invitation to “{1}”",
        NoLongerOpen = "This invitation is no longer open (already answered or withdrawn): nothing was changed.",
        Withdrawn = "{0} withdrew their invitation to “{1}”",
    };
}
