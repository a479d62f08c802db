using Mentoring.Core.Circles;
using Mentoring.Core.Profiles;

namespace Mentoring.Core.Requests;

/// <summary>
/// A mentor's count of mentees goes up when they accept a request (with the request, in one transaction) and down here,
/// when a mentorship closes: left, closed or ended by an erasure. Without this a mentor stays "full" for ever.
/// </summary>
/// <remarks>
/// Called after the circle is saved closed. If the process stops in between, the count stays one too high: the mentor is
/// offered fewer requests, never more than they have room for.
/// </remarks>
public sealed class MentorPlaces(IProfileStore profiles)
{
    private const int Attempts = 3;

    public async Task ReleaseAsync(Circle? closedMentorship, CancellationToken cancellationToken = default)
    {
        if (closedMentorship?.Members.FirstOrDefault(m => m.Role == MemberRole.Mentor) is not { } mentor)
        {
            return;
        }

        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var found = await profiles.FindAsync(closedMentorship.Tenant, mentor.PersonId, cancellationToken).ConfigureAwait(false);
            if (found?.Value.Mentor is not { CurrentMentees: > 0 } details)
            {
                return; // no profile (taken down, or an erased mentor), or nothing counted
            }

            var released = found.Value with { Mentor = details with { CurrentMentees = details.CurrentMentees - 1 } };
            if ((await profiles.SaveAsync(released, found.Version, cancellationToken).ConfigureAwait(false)).IsSuccess)
            {
                return;
            }
        }
    }
}
