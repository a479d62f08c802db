using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Circles;

/// <summary>A support relationship that meets regularly.</summary>
/// <remarks>
/// Invariants, kept by <see cref="Create"/> and every transition: a mentorship has exactly one mentor and one mentee, two
/// different people; a peer group has 3 to 5 different peers; texts are bounded and free of control characters;
/// a closed circle never changes again; closing a circle with a series asks for the series to end.
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
    public bool HasMember(PersonId person) => Members.Any(m => m.PersonId == person);

    /// <summary>Validates a draft into a new active circle; <paramref name="people"/> are the draft's members found in the caller's tenant.</summary>
    public static Result<Circle> Create(CircleDraft draft, CircleId id, Caller caller, IReadOnlyList<Person> people, DateTimeOffset now) =>
        CircleFactory.Create(draft, id, caller, people, now);

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

    /// <summary>Adds a peer to a peer group of fewer than five.</summary>
    public Result<Circle> AddMember(Person person)
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

        var members = Members.Append(new Member(person.Id, MemberRole.Peer, person.DisplayName, "")).ToArray();
        return Membership.CheckSize(Kind, members.Length, "personId") is { } error ? error : this with { Members = members };
    }

    /// <summary>Removes a peer from a peer group of more than three.</summary>
    public Result<Circle> RemoveMember(PersonId person)
    {
        if (Status == CircleStatus.Closed)
        {
            return Error.Conflict("circle.closed");
        }

        if (Kind == CircleKind.Mentorship)
        {
            return Error.Invalid("personId", "mentorship.fixedMembers");
        }

        if (!HasMember(person))
        {
            return Error.NotFound("member.notFound");
        }

        var members = Members.Where(m => m.PersonId != person).ToArray();
        return Membership.CheckSize(Kind, members.Length, "personId") is { } error ? error : this with { Members = members };
    }

    /// <summary>Moves along the lifecycle active ⇄ paused → closed; asking for the current status changes nothing.</summary>
    public Result<Circle> ChangeStatus(CircleStatus target) => (Status, target) switch
    {
        var (from, to) when from == to => this,
        (CircleStatus.Closed, _) => Error.Conflict("circle.closed"),
        (_, CircleStatus.Closed) when Schedule is { State: ScheduleState.Pending or ScheduleState.Scheduled } =>
            this with { Status = target, Schedule = Schedule with { State = ScheduleState.Ending } },
        _ => this with { Status = target },
    };

    /// <summary>Who organizes the series: the mentor of a mentorship, or the peer who asks for a peer group.</summary>
    public PersonId OrganizerFor(PersonId requester) =>
        Kind == CircleKind.Mentorship ? Members.Single(m => m.Role == MemberRole.Mentor).PersonId : requester;
}
