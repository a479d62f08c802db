using Mentoring.Core.Circles;
using Mentoring.Core.Codev;
using Mentoring.Core.People;
using Mentoring.Functions.Agendas;

namespace Mentoring.Functions.Codev;

/// <summary>
/// A co-développement session as every attendee polls it: the phase, when it ends and the server's clock (each attendee computes
/// the time left itself, so a poll a second is enough for a timer to the second), the roles and what the reader may do.
/// </summary>
public sealed record CodevResponse(
    string SessionId,
    CodevPhase Phase,
    int PhaseIndex,
    DateTimeOffset PhaseStartedAt,
    DateTimeOffset PhaseEndsAt,
    DateTimeOffset ServerNow,
    CodevTimings Minutes,
    CodevPersonResponse Client,
    CodevPersonResponse Animateur,
    IReadOnlyList<CodevPersonResponse> Consultants,
    IReadOnlyList<CodevPersonResponse> Absent,
    bool IsAnimateur,
    bool IsClient,
    bool PlanGiven,
    string Version)
{
    public static CodevResponse From(CodevView view, PersonId reader)
    {
        var codev = view.Codev.Value;
        CodevPersonResponse Person(PersonId id) => CodevPersonResponse.Of(view.Circle, id);
        return new(
            codev.SessionId,
            codev.Phase,
            (int)codev.Phase,
            codev.PhaseStartedAt.ToUniversalTime(),
            codev.PhaseEndsAt.ToUniversalTime(),
            view.Now.ToUniversalTime(),
            codev.Timings,
            Person(codev.Roles.Client),
            Person(codev.Roles.Animateur),
            [.. codev.Roles.Consultants.Select(Person)],
            [.. codev.Absent.Select(Person)],
            codev.Roles.Animateur == reader,
            codev.Roles.Client == reader,
            codev.PlanAt is not null,
            view.Codev.Version);
    }
}

/// <summary>A member holding a role, with the name the circle knows them by.</summary>
public sealed record CodevPersonResponse(string Id, string DisplayName)
{
    public static CodevPersonResponse Of(Circle circle, PersonId id) => new(id.ToString(), AgendaItemResponse.NameOf(circle, id));
}

/// <summary>The proposal before a session: next client and animateur by rotation, the consultants, the default minutes.</summary>
public sealed record CodevProposalResponse(CodevPersonResponse Client, CodevPersonResponse Animateur, IReadOnlyList<CodevPersonResponse> Consultants, CodevTimings Minutes)
{
    public static CodevProposalResponse From(CodevProposal p) => new(
        CodevPersonResponse.Of(p.Circle, p.Roles.Client),
        CodevPersonResponse.Of(p.Circle, p.Roles.Animateur),
        [.. p.Roles.Consultants.Select(c => CodevPersonResponse.Of(p.Circle, c))],
        p.Timings);
}
