namespace Mentoring.Infrastructure.Graph;

/// <summary>Bound from <c>CalendarNotifications</c>: where Graph posts change and lifecycle notifications for organizers' events.</summary>
/// <remarks>
/// The Functions app's public <c>…/api/notifications/calendar</c> (HTTPS in Azure: Graph refuses anything else). Without it
/// no subscription is made and the slow reconciliation alone keeps circles in step with Outlook.
/// </remarks>
public sealed class CalendarNotificationOptions
{
    public const string Section = "CalendarNotifications";

    public Uri? NotificationUrl { get; set; }
}
