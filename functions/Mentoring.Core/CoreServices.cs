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
        typeof(Delivery.DispatchDueSessions),
        typeof(Delivery.FanOutDueSession),
        typeof(Delivery.DeliverCard),
        typeof(Profiles.MyProfile),
        typeof(Matching.FindMentors),
        typeof(Requests.MatchedCircles),
        typeof(Requests.SendMentorRequest),
        typeof(Requests.AnswerMentorRequest),
        typeof(Cohorts.CohortActions),
        typeof(Cohorts.CohortOverview),
        typeof(Cohorts.PeerGroups),
    ];
}
