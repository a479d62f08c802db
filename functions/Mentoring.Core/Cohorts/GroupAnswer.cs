namespace Mentoring.Core.Cohorts;

/// <summary>Where one member of a forming group stands: asked (a coordinator proposed them) or agreed.</summary>
public enum GroupAnswer
{
    Pending,
    Accepted,
}
