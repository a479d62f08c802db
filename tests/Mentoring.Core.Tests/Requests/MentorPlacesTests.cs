using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.Privacy;
using Mentoring.Core.Profiles;
using Mentoring.Core.Requests;
using Mentoring.Core.Tests.Circles;
using Mentoring.Core.Tests.Matching;

namespace Mentoring.Core.Tests.Requests;

/// <summary>A mentorship that ends gives its mentor a place back, once, whichever way it ends.</summary>
public sealed class MentorPlacesTests
{
    private static readonly DateTimeOffset Now = ACircleDraft.Now;

    [Fact]
    public void Closing_leaving_or_an_erasure_closes_a_mentorship_and_is_seen_once()
    {
        var mentorship = ACircle.Mentorship();
        var (mentor, mentee) = (mentorship.Members[0].PersonId, mentorship.Members[1].PersonId);

        Assert.Equal(CircleStatus.Closed, Seen(mentorship, c => c.ChangeStatus(mentor, CircleStatus.Closed, Now))?.Status);
        Assert.Equal(CircleStatus.Closed, Seen(mentorship, c => c.RemoveMember(mentee, mentee))?.Status);
        Assert.Equal(CircleStatus.Closed, Seen(mentorship, c => CircleErasure.Forget(c, mentee))?.Status);

        // Already closed, paused, refused, or a peer group: nothing was closed.
        Assert.Null(Seen(mentorship.WithStatus(CircleStatus.Closed), c => c.ChangeStatus(mentor, CircleStatus.Closed, Now)));
        Assert.Null(Seen(mentorship, c => c.ChangeStatus(mentor, CircleStatus.Paused, Now)));
        Assert.Null(Seen(mentorship, c => c.RemoveMember(mentor, mentee)));
        var group = ACircle.PeerGroupOf(3);
        Assert.Null(Seen(group, c => c.ChangeStatus(group.Members[0].PersonId, CircleStatus.Closed, Now)));
    }

    [Fact]
    public void The_last_run_of_a_change_counts()
    {
        var mentorship = ACircle.Mentorship();
        var closing = new MentorshipClosing();
        var change = closing.Watch(c => c.ChangeStatus(mentorship.Members[0].PersonId, CircleStatus.Closed, Now));

        change(mentorship);
        change(mentorship.WithStatus(CircleStatus.Closed)); // re-applied after a conflict: someone else closed it meanwhile

        Assert.Null(closing.Closed);

        // Found closed already: its place may be given back again (a crash may have come before), which changes nothing twice.
        Assert.Equal(mentorship.Id, closing.Ended(saved: false)?.Id);
    }

    [Fact]
    public async Task The_mentor_gets_one_place_back_even_after_losing_two_races()
    {
        var mentorship = ACircle.Mentorship();
        var store = new OneProfileStore(Holding(mentorship, capacity: 2, current: 2), conflicts: 2);

        await new MentorPlaces(store).ReleaseAsync(mentorship.WithStatus(CircleStatus.Closed));

        Assert.Equal((1, 1, 0), (store.Current!.Mentor!.CurrentMentees, store.Saves, store.Current.Mentor.Places.Count));
    }

    [Fact]
    public async Task A_place_is_given_back_once_and_only_by_the_mentorship_that_took_it()
    {
        var took = ACircle.Mentorship();
        var other = took with { Id = new CircleId(Guid.NewGuid()) };
        var store = new OneProfileStore(Holding(took, capacity: 3, current: 2));
        var places = new MentorPlaces(store);

        await places.ReleaseAsync(other.WithStatus(CircleStatus.Closed));   // never took a place: nothing back
        await places.ReleaseAsync(took.WithStatus(CircleStatus.Closed));
        await places.ReleaseAsync(took.WithStatus(CircleStatus.Closed));    // a retry: nothing more

        Assert.Equal((1, 1), (store.Current!.Mentor!.CurrentMentees, store.Saves));
    }

    [Fact]
    public async Task Taking_a_place_twice_for_one_mentorship_counts_once_and_a_full_mentor_has_none()
    {
        var mentorship = ACircle.Mentorship();
        var mentor = mentorship.Members[0].PersonId;
        var store = new OneProfileStore(AProfile.Build(AProfile.MentorDraft(capacity: 2, current: 1), id: mentor));
        var places = new MentorPlaces(store);

        Assert.True((await places.TakeAsync(mentorship.Tenant, mentor, mentorship.Id)).IsSuccess);
        Assert.True((await places.TakeAsync(mentorship.Tenant, mentor, mentorship.Id)).IsSuccess);
        var full = await places.TakeAsync(mentorship.Tenant, mentor, new CircleId(Guid.NewGuid()));

        Assert.Equal((2, 1), (store.Current!.Mentor!.CurrentMentees, store.Saves));
        ResultAssert.Conflict(full, "mentor.noPlaceLeft");
    }

    [Fact]
    public async Task Nothing_is_written_below_zero_for_a_peer_group_or_without_a_mentor_profile()
    {
        var mentorship = ACircle.Mentorship();
        var empty = new OneProfileStore(AProfile.Build(AProfile.MentorDraft(capacity: 2, current: 0), id: mentorship.Members[0].PersonId));
        var menteeOnly = new OneProfileStore(AProfile.Build(AProfile.MenteeDraft(), id: mentorship.Members[0].PersonId));
        var group = ACircle.PeerGroupOf(3);
        var peer = new OneProfileStore(AProfile.Build(AProfile.MentorDraft(capacity: 2, current: 1), id: group.Members[0].PersonId));

        await new MentorPlaces(empty).ReleaseAsync(mentorship);
        await new MentorPlaces(menteeOnly).ReleaseAsync(mentorship);
        await new MentorPlaces(peer).ReleaseAsync(group);
        await new MentorPlaces(peer).ReleaseAsync(null);

        Assert.Equal((0, 0, 0, 1), (empty.Saves, menteeOnly.Saves, peer.Saves, peer.Current!.Mentor!.CurrentMentees));
    }

    /// <summary>A mentor whose profile records that <paramref name="mentorship"/> took one of their places.</summary>
    private static Profile Holding(Circle mentorship, int capacity, int current)
    {
        var mentor = AProfile.Build(AProfile.MentorDraft(capacity: capacity, current: current - 1), id: mentorship.Members[0].PersonId);
        return mentor with { Mentor = mentor.Mentor!.Take(mentorship.Id) };
    }

    private static Circle? Seen(Circle circle, Func<Circle, Result<Circle>> change)
    {
        var closing = new MentorshipClosing();
        closing.Watch(change)(circle);
        return closing.Closed;
    }
}
