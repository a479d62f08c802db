namespace Mentoring.Core.Requests;

/// <summary>Where a mentee's request stands: it is answered once, by the mentor.</summary>
public enum MentorRequestState
{
    Pending,
    Accepted,
    Declined,
}
