using Mentoring.Core.Common;

namespace Mentoring.Core.Codev;

/// <summary>How long each phase lasts, in minutes; the animateur may change them.</summary>
/// <remarks>Invariant: every phase lasts 1 to <see cref="MaxMinutes"/> minutes (a phase of 0 is no phase, one of hours is no longer a session).</remarks>
public sealed record CodevTimings(int Expose, int Clarification, int Contract, int Consultation, int ActionPlan, int Learnings)
{
    public const int MaxMinutes = 60;

    /// <summary>A one-hour session: the consultation, where the ideas come, gets the most time.</summary>
    public static CodevTimings Default { get; } = new(10, 10, 5, 20, 10, 5);

    /// <summary>The asked minutes, each missing one taken from <paramref name="current"/>; every broken bound named by its field.</summary>
    public static Result<CodevTimings> Create(CodevMinutes? asked, CodevTimings current)
    {
        var timings = new CodevTimings(
            asked?.Expose ?? current.Expose,
            asked?.Clarification ?? current.Clarification,
            asked?.Contract ?? current.Contract,
            asked?.Consultation ?? current.Consultation,
            asked?.ActionPlan ?? current.ActionPlan,
            asked?.Learnings ?? current.Learnings);
        var v = new Validation();
        foreach (var phase in Enum.GetValues<CodevPhase>())
        {
            var minutes = timings.Of(phase);
            if (minutes is < 1 or > MaxMinutes)
            {
                v.Add(Error.Invalid(FieldOf(phase), "codev.minutes.range", new Dictionary<string, object> { ["min"] = 1, ["max"] = MaxMinutes }));
            }
        }

        return v.ToResult(() => timings);
    }

    public int Of(CodevPhase phase) => phase switch
    {
        CodevPhase.Expose => Expose,
        CodevPhase.Clarification => Clarification,
        CodevPhase.Contract => Contract,
        CodevPhase.Consultation => Consultation,
        CodevPhase.ActionPlan => ActionPlan,
        _ => Learnings,
    };

    /// <summary>The request field that sets a phase's minutes ("minutes.actionPlan").</summary>
    public static string FieldOf(CodevPhase phase) => "minutes." + char.ToLowerInvariant(phase.ToString()[0]) + phase.ToString()[1..];
}
