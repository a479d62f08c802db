using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Scheduling;

/// <summary>A recurring Teams meeting to create in the organizer's calendar.</summary>
/// <param name="TransactionId">Same value on every retry of one scheduling, so the calendar creates the series once.</param>
/// <param name="BodyHtml">The invitation's body; it keeps a marked place for the agenda.</param>
public sealed record SeriesRequest(
    TenantId Tenant, PersonId Organizer, IReadOnlyList<Attendee> Attendees, string Subject, string BodyHtml, Cadence Cadence, string TransactionId);
