using Mentoring.M365Emulator.Graph.Events;
using Mentoring.M365Emulator.Graph.Meetings;
using Mentoring.M365Emulator.Graph.Pipeline;
using Mentoring.M365Emulator.BotConnector;
using Mentoring.M365Emulator.Graph.Schedule;
using Mentoring.M365Emulator.Graph.Teamwork;
using Mentoring.M365Emulator.Graph.Users;
using Mentoring.M365Emulator.Identity;

namespace Mentoring.M365Emulator.Graph;

/// <summary>Wires the Graph surface: its request pipeline and its endpoints, sharing one calendar store.</summary>
internal sealed class GraphState(
    SigningKeys keys, FaultInjector faults, EmulatorPermissions permissions, RequestLog log, TimeProvider time)
{
    private readonly CalendarStore _store = new();

    /// <summary>The meeting messages each attendee received (requests, updates, cancellations).</summary>
    public MeetingMailboxes MeetingMail => _store.Mail;

    /// <summary>The time zone rules Exchange places occurrences with; a test may make a zone's differ from tzdb.</summary>
    public Time.ZoneRules ZoneRules => _store.Zones;

    /// <summary>Subscriptions on mailboxes' events and the notifications they send.</summary>
    public Subscriptions.ChangeNotifications Notifications => field ??= new(_store.Changes, time);

    /// <summary>People deleted and restored in this emulator's directory.</summary>
    public DirectoryChanges Directory { get; } = new();

    public void UseGraphPipeline(IApplicationBuilder app)
    {
        var pipeline = new GraphPipeline(new GraphAuthentication(keys, time), faults, permissions, log, time);
        app.Use(pipeline.InvokeAsync);
    }

    public void MapGraph(IEndpointRouteBuilder app, BotConnectorService connector, TeamsClient.MeetingRoster meetings)
    {
        app.MapUsers(Directory);
        app.MapEvents(_store, time, permissions);
        app.MapEventChanges(_store, time);
        app.MapInstances(_store);
        app.MapAttachments(_store, time);
        app.MapSchedule(_store);
        app.MapOnlineMeetings(_store, permissions);
        app.MapAttendanceReports(_store, permissions, meetings);
        app.MapInstalledApps(connector);
        app.MapAppCatalog(connector.Catalog);
        app.MapActivityNotifications(connector);
        Subscriptions.SubscriptionEndpoints.MapSubscriptions(app, Notifications, permissions, time);
        Subscriptions.CalendarDeltaEndpoints.MapCalendarDelta(app, _store);
    }

    /// <summary>The onlineMeeting id of the Teams meeting with this join URL, as GET /onlineMeetings?$filter=JoinWebUrl finds it.</summary>
    public string? OnlineMeetingId(string joinWebUrl)
    {
        lock (_store.Gate)
        {
            return _store.FindByJoinWebUrl(joinWebUrl)?.Meeting?.Id;
        }
    }

    /// <summary>The Outlook client's own item operations (drafts, send) on the same calendars Graph serves.</summary>
    public void MapOutlookClient(IEndpointRouteBuilder app, OutlookClient.OutlookSync sync) =>
        OutlookClient.OutlookClientEndpoints.MapOutlookClient(app, _store, time, permissions, sync);
}
