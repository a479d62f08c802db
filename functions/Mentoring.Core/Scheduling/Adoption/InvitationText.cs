namespace Mentoring.Core.Scheduling.Adoption;

/// <summary>What the Outlook task pane writes into the appointment: the same subject and body the product gives a series it creates.</summary>
public sealed record InvitationText(string Subject, string BodyHtml);
