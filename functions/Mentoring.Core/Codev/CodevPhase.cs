namespace Mentoring.Core.Codev;

/// <summary>The six phases of a co-développement session (Payette &amp; Champagne), in the order the animateur runs them.</summary>
public enum CodevPhase
{
    /// <summary>The client exposes their problem.</summary>
    Expose,

    /// <summary>The consultants ask questions to understand; no advice yet.</summary>
    Clarification,

    /// <summary>The client says what they want from the consultants (the request).</summary>
    Contract,

    /// <summary>The consultants give ideas; the client listens and notes.</summary>
    Consultation,

    /// <summary>The client builds their action plan.</summary>
    ActionPlan,

    /// <summary>Everyone says what they learnt.</summary>
    Learnings,
}
