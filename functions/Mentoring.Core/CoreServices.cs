namespace Mentoring.Core;

/// <summary>The use cases, for registration by the host.</summary>
public static class CoreServices
{
    public static IReadOnlyList<Type> UseCases { get; } =
    [
        typeof(Circles.CreateCircle),
        typeof(Circles.GetCircle),
        typeof(Circles.ListMyCircles),
        typeof(Circles.UpdateCircle),
        typeof(Circles.AddMember),
        typeof(Circles.RemoveMember),
        typeof(Scheduling.SeriesLifecycle),
        typeof(Scheduling.ScheduleCircle),
        typeof(Scheduling.ListSessions),
        typeof(Scheduling.ChangeCadence),
        typeof(Scheduling.CancelSession),
        typeof(Scheduling.ProposeSlots),
        typeof(Scheduling.VisitScheduledCircles),
        typeof(Scheduling.CircleCalendar),
        typeof(Agendas.AgendaPublishing),
        typeof(Agendas.AgendaItems),
        typeof(Agendas.GetSessionAgenda),
        typeof(Agendas.PublishAgendas),
        typeof(Commitments.CommitmentActions),
        typeof(Commitments.ListMyCommitments),
        typeof(Notes.PrivateNotes),
        typeof(Reciprocity.ReciprocityActions),
        typeof(Progress.ProgressReports),
        typeof(Meetings.FindMeeting),
        typeof(People.PeopleLookup),
        typeof(People.SearchPeople),
        typeof(Privacy.ExportMyData),
        typeof(Privacy.EraseMyData),
        typeof(Privacy.MyPrivacy),
        typeof(Privacy.PurgeClosedCircles),
    ];
}
