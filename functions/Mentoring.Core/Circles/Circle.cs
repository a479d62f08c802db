using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Circles;

/// <summary>A support relationship that meets regularly.</summary>
/// <remarks>
/// Invariants, kept by <see cref="Create"/> and every transition: a mentorship has exactly one mentor and one mentee, two
/// different people; a peer group has 3 to 5 different peers; texts are bounded and free of control characters;
/// a closed circle never changes again; closing a circle with a series asks for the series to end; who may
/// change what is <see cref="CircleRules"/>. Members are the people who said yes; people added by someone else wait in
/// <see cref="Invited"/> until they accept (<see cref="CircleInvitations"/>), and the composition rules count both. A circle is
/// scheduled only once it <see cref="IsReady"/>.
/// </remarks>
public sealed record Circle(
    CircleId Id,
    TenantId Tenant,
    CircleKind Kind,
    string Name,
    string Objective,
    IReadOnlyList<Member> Members,
    Cadence Cadence,
    CircleStatus Status,
    DateTimeOffset CreatedAt,
    CircleSchedule? Schedule = null)
{
    /// <summary>People added by someone else: pending until they accept (then members) or decline (kept, marked declined).</summary>
    public IReadOnlyList<Invitee> Invited { get; init; } = [];

    /// <summary>Whether <paramref name="person"/> said yes: an invitee is not a member.</summary>
    public bool HasMember(PersonId person) => Members.Any(m => m.PersonId == person);

    public IEnumerable<Invitee> PendingInvitations => Invited.Where(i => i.IsPending);

    public bool IsInvited(PersonId person) => PendingInvitations.Any(i => i.PersonId == person);

    /// <summary>Enough people said yes to meet: both people of a mentorship, at least three peers of a group.</summary>
    public bool IsReady => Kind == CircleKind.Mentorship ? Members.Count == 2 : Members.Count >= Membership.MinPeers;

    /// <summary>Validates a draft into a new active circle; <paramref name="people"/> are the draft's members found in the caller's tenant.</summary>
    /// <param name="everyoneAgreed">Every member already said yes (a mentor request the mentor accepted, a group everyone
    /// accepted); otherwise the caller is the one member and the others are invited.</param>
    public static Result<Circle> Create(CircleDraft draft, CircleId id, Caller caller, IReadOnlyList<Person> people, DateTimeOffset now, bool everyoneAgreed = false) =>
        CircleFactory.Create(draft, id, caller, people, now, everyoneAgreed);

    /// <summary>Changes the circle's objective and/or the acting member's own objective; null leaves a text as it is.</summary>
    public Result<Circle> ReviseObjectives(PersonId by, string? objective, string? memberObjective)
    {
        var v = new Validation();
        var circleText = objective is null ? Result<string>.Success(Objective) : Text.Paragraph("objective", objective, Text.MaxObjectiveLength);
        var memberText = memberObjective is null ? Result<string>.Success("") : Text.Paragraph("memberObjective", memberObjective, Text.MaxObjectiveLength);
        v.AddRange(circleText.Errors);
        v.AddRange(memberText.Errors);
        if (!v.HasErrors && Status == CircleStatus.Closed)
        {
            return Error.Conflict("circle.closed");
        }

        return v.ToResult(() => this with
        {
            Objective = circleText.Value,
            Members = memberObjective is null ? Members : [.. Members.Select(m => m.PersonId == by ? m with { Objective = memberText.Value } : m)],
        });
    }

    /// <summary>Adds a peer who already said yes to a peer group of fewer than five; a live series will get them as an attendee.</summary>
    /// <remarks>Someone added by another person is invited instead (<see cref="CircleInvitations.Invite"/>).</remarks>
    /// <param name="joinedAt">When they join: the sessions that ended before are not theirs to follow up.</param>
    public Result<Circle> AddMember(Person person, DateTimeOffset? joinedAt = null)
    {
        if (Status == CircleStatus.Closed)
        {
            return Error.Conflict("circle.closed");
        }

        if (Kind == CircleKind.Mentorship)
        {
            return Error.Invalid("personId", "mentorship.fixedMembers");
        }

        if (HasMember(person.Id))
        {
            return Error.Conflict("member.alreadyIn");
        }

        var members = Members.Append(new Member(person.Id, MemberRole.Peer, person.DisplayName, "", joinedAt)).ToArray();
        return Membership.CheckSize(Kind, members.Length, "personId") is { } error ? error : WithMembers(members);
    }

    /// <summary>
    /// <paramref name="by"/> leaves (<paramref name="person"/> is themselves) or removes a peer, as <see cref="CircleRules.MayRemove"/>
    /// allows, keeping a peer group at three or more. Leaving a mentorship closes it: it cannot go on with one person.
    /// </summary>
    public Result<Circle> RemoveMember(PersonId by, PersonId person)
    {
        if (Status == CircleStatus.Closed)
        {
            return Error.Conflict("circle.closed");
        }

        if (Kind == CircleKind.Mentorship)
        {
            return by == person ? Close() : Error.Invalid("personId", "mentorship.fixedMembers");
        }

        if (!HasMember(person))
        {
            return Error.NotFound("member.notFound");
        }

        if (CircleRules.MayRemove(this, by, person) is { } refused)
        {
            return refused;
        }

        var members = Members.Where(m => m.PersonId != person).ToArray();
        return Membership.CheckSize(Kind, members.Length + PendingInvitations.Count(), "personId") is { } error ? error : WithMembers(members);
    }

    /// <summary>Moves along the lifecycle active ⇄ paused → closed, as <see cref="CircleRules.MayChangeStatus"/> allows; asking for the current status changes nothing.</summary>
    /// <remarks>
    /// With a live series, pausing asks for its upcoming sessions to go, resuming asks for the sessions still ahead
    /// (after <paramref name="now"/>) to come back as a new series, and closing asks for the series to end.
    /// </remarks>
    public Result<Circle> ChangeStatus(PersonId by, CircleStatus target, DateTimeOffset now)
    {
        if (Status == target)
        {
            return this;
        }

        if (Status == CircleStatus.Closed)
        {
            return Error.Conflict("circle.closed");
        }

        if (CircleRules.MayChangeStatus(this, by, target) is { } refused)
        {
            return refused;
        }

        return target switch
        {
            CircleStatus.Closed => Close(),
            CircleStatus.Paused => this with { Status = target, Schedule = Schedule is { IsLive: true } ? Schedule with { State = ScheduleState.Pausing } : Schedule },
            _ => Schedule?.State switch
            {
                ScheduleState.Pausing => Error.Conflict("series.pausing"),
                ScheduleState.Paused => SeriesResumption.Resume(this, now),
                _ => this with { Status = target },
            },
        };
    }

    private Circle Close() => this with
    {
        Status = CircleStatus.Closed,
        Schedule = Schedule?.State switch
        {
            ScheduleState.Pending or ScheduleState.Scheduled or ScheduleState.Pausing => Schedule with { State = ScheduleState.Ending },

            // A paused series already stopped before the pause: nothing is left to end.
            ScheduleState.Paused => Schedule with { State = ScheduleState.Ended },
            _ => Schedule,
        },
    };

    private Circle WithMembers(Member[] members) => this with
    {
        Members = members,
        Schedule = Schedule is { IsLive: true }
            ? Schedule.MembersChanged([.. Members.Select(m => m.PersonId)], [.. members.Select(m => m.PersonId)])
            : Schedule,
    };
}
