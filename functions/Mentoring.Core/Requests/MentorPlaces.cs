using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Profiles;

namespace Mentoring.Core.Requests;

/// <summary>
/// A mentor's places, owned by the server: a mentorship takes one when it begins through the mentor's yes (an accepted request
/// today, an accepted invitation later) and gives it back when it ends: left, closed or ended by an erasure.
/// </summary>
/// <remarks>
/// The mentor's profile records which mentorships hold a place (<see cref="MentorDetails.Places"/>), and the count and that
/// record change together in one write guarded by the profile's ETag. So a place is given back exactly once, only by a
/// mentorship that took one: creating and leaving other mentorships, a retry, or two instances racing change nothing. If the
/// process stops between saving the circle closed and giving the place back, the next attempt to close or leave it (answered
/// 409 <c>circle.closed</c>) gives it back; until then the mentor is offered fewer requests, never more than they have room for.
/// </remarks>
public sealed class MentorPlaces(IProfileStore profiles)
{
    private const int Attempts = 5;

    /// <summary>
    /// <paramref name="mentorship"/> takes one of <paramref name="mentor"/>'s places; again for the same mentorship changes nothing.
    /// A mentor without mentor details (profile taken down) has no count to keep: success, nothing written.
    /// </summary>
    /// <returns>409 <c>mentor.noPlaceLeft</c> when the mentor has no free place, 409 <c>profile.changed</c> after repeated races.</returns>
    public async Task<Result<Unit>> TakeAsync(TenantId tenant, PersonId mentor, CircleId mentorship, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var found = await profiles.FindAsync(tenant, mentor, cancellationToken).ConfigureAwait(false);
            if (found?.Value.Mentor is not { } details || details.Holds(mentorship))
            {
                return Unit.Value;
            }

            if (details.FreePlaces == 0)
            {
                return Error.Conflict("mentor.noPlaceLeft");
            }

            var taken = found.Value with { Mentor = details.Take(mentorship) };
            if ((await profiles.SaveAsync(taken, found.Version, cancellationToken).ConfigureAwait(false)).IsSuccess)
            {
                return Unit.Value;
            }
        }

        return Error.Conflict("profile.changed");
    }

    /// <summary>The ended mentorship gives its mentor's place back, if it holds one; null, a peer group or no place: nothing written.</summary>
    public async Task ReleaseAsync(Circle? endedMentorship, CancellationToken cancellationToken = default)
    {
        if (endedMentorship?.Members.FirstOrDefault(m => m.Role == MemberRole.Mentor) is not { } mentor)
        {
            return;
        }

        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var found = await profiles.FindAsync(endedMentorship.Tenant, mentor.PersonId, cancellationToken).ConfigureAwait(false);
            if (found?.Value.Mentor is not { } details || !details.Holds(endedMentorship.Id))
            {
                return; // no profile (taken down, or an erased mentor), or a mentorship that never took a place or gave it back
            }

            var released = found.Value with { Mentor = details.Release(endedMentorship.Id) };
            if ((await profiles.SaveAsync(released, found.Version, cancellationToken).ConfigureAwait(false)).IsSuccess)
            {
                return;
            }
        }
    }
}
