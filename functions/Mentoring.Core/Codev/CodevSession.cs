using Mentoring.Core.Agendas;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Codev;

/// <summary>A peer-group session run in co-développement mode: its roles, the phase it is in and when that phase ends.</summary>
/// <param name="SessionId">The session it runs; one co-développement per session, keyed by it.</param>
/// <param name="PhaseEndsAt">Server time when the current phase's time is up: every attendee computes the remaining time from it.</param>
/// <param name="Absent">Members absent when it started: the rotation skips them and they come next.</param>
/// <param name="PlanAt">When the client gave their action plan; null until then (given once).</param>
/// <remarks>
/// Invariants: only the animateur moves the phase and changes the timings; only the client gives the plan, once; the phase's end
/// is always the moment the phase was entered plus its minutes.
/// </remarks>
public sealed record CodevSession(
    string SessionId,
    PersonId StartedBy,
    CodevRoles Roles,
    IReadOnlyList<PersonId> Absent,
    CodevTimings Timings,
    CodevPhase Phase,
    DateTimeOffset PhaseStartedAt,
    DateTimeOffset PhaseEndsAt,
    DateTimeOffset? PlanAt) : ICircleEntry
{
    public string Key => SessionId;

    public static CodevSession Start(string sessionId, PersonId by, CodevRoles roles, IReadOnlyList<PersonId> absent, CodevTimings timings, DateTimeOffset now) =>
        new(sessionId, by, roles, absent, timings, CodevPhase.Expose, now, now.AddMinutes(timings.Expose), null);

    /// <summary>The animateur moves to <paramref name="phase"/> (forward or back); its timer starts again from now.</summary>
    public Result<CodevSession> MoveTo(PersonId by, CodevPhase phase, DateTimeOffset now)
    {
        if (by != Roles.Animateur)
        {
            return Error.Forbidden("codev.animateurOnly");
        }

        return this with { Phase = phase, PhaseStartedAt = now, PhaseEndsAt = now.AddMinutes(Timings.Of(phase)) };
    }

    /// <summary>The animateur changes the timings; the current phase's end follows its new length, from when it started.</summary>
    public Result<CodevSession> Retime(PersonId by, CodevMinutes? asked)
    {
        if (by != Roles.Animateur)
        {
            return Error.Forbidden("codev.animateurOnly");
        }

        var timings = CodevTimings.Create(asked, Timings);
        return timings.Map(t => this with { Timings = t, PhaseEndsAt = PhaseStartedAt.AddMinutes(t.Of(Phase)) });
    }

    /// <summary>The client records that they gave their plan: once.</summary>
    public Result<CodevSession> PlanGiven(PersonId by, DateTimeOffset now)
    {
        if (by != Roles.Client)
        {
            return Error.Forbidden("codev.clientOnly");
        }

        if (PlanAt is not null)
        {
            return Error.Conflict("codev.planGiven");
        }

        return this with { PlanAt = now };
    }
}
