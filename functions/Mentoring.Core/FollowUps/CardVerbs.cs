namespace Mentoring.Core.FollowUps;

/// <summary>The <c>Action.Execute</c> verbs of the product's cards, and the data keys every action carries.</summary>
public static class CardVerbs
{
    public const string SubmitFollowUp = "followup.submit";
    public const string EditFollowUp = "followup.edit";
    public const string AddReminderItem = "reminder.addItem";
    public const string AcceptRequest = "request.accept";
    public const string DeclineRequest = "request.decline";
    public const string AcceptInvitation = "invitation.accept";
    public const string DeclineInvitation = "invitation.decline";

    /// <summary>The verbs of a mentor request's card, answered by <c>RequestCardActions</c> rather than <see cref="CardActions"/>.</summary>
    public static IReadOnlyList<string> Requests { get; } = [AcceptRequest, DeclineRequest];

    /// <summary>The verbs of a circle invitation's card, answered by <c>InvitationCardActions</c>.</summary>
    public static IReadOnlyList<string> Invitations { get; } = [AcceptInvitation, DeclineInvitation];

    public static IReadOnlyList<string> All { get; } = [SubmitFollowUp, EditFollowUp, AddReminderItem, .. Requests, .. Invitations];

    /// <summary>Data keys: none of them is an input id, so Teams' merge of inputs into the data never overwrites them.</summary>
    public const string Circle = "circle";
    public const string Session = "session";
    public const string Member = "member";
    public const string Revision = "revision";
    public const string Request = "request";
}
