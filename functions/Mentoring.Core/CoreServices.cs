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
        typeof(People.PeopleLookup),
        typeof(People.SearchPeople),
    ];
}
