namespace Mentoring.Core.Privacy;

/// <summary>Who may be looking at a person's data, from closest to farthest.</summary>
public enum Audience
{
    /// <summary>The person who wrote it, or whom it is about.</summary>
    Self,

    /// <summary>Another member of the same circle.</summary>
    Member,

    /// <summary>The member whose calendar holds the circle's series.</summary>
    Organizer,

    /// <summary>A person the tenant made coordinator of a cohort (issue 11): follows activity, not content.</summary>
    Coordinator,

    /// <summary>An administrator of the tenant: manages the deployment, reads nothing through the product.</summary>
    TenantAdmin,
}
