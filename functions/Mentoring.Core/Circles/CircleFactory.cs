using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Circles;

/// <summary>Turns a draft into a circle, reporting every broken rule with its field.</summary>
internal static class CircleFactory
{
    public static Result<Circle> Create(CircleDraft draft, CircleId id, Caller caller, IReadOnlyList<Person> people, DateTimeOffset now, bool everyoneAgreed)
    {
        var v = new Validation();
        if (draft.Kind is not { } kind)
        {
            v.Add(Error.Invalid("kind", "required"));
            return Result<Circle>.Failure(v.Errors);
        }

        var name = Text.Line("name", draft.Name, Text.MaxNameLength);
        var objective = Text.Paragraph("objective", draft.Objective, Text.MaxObjectiveLength);
        v.AddRange(name.Errors);
        v.AddRange(objective.Errors);
        var members = Members(draft.Members ?? [], kind, caller, people, v);
        var byId = people.ToDictionary(p => p.Id);
        var callerZone = byId.TryGetValue(caller.Id, out var me) ? me.TimeZone : null;
        var cadence = Cadence.Create(draft.Cadence ?? new CadenceDraft(), kind, now, callerZone);
        v.AddRange(cadence.Errors);
        return v.ToResult(() => Consented(new Circle(id, caller.Tenant, kind, name.Value, objective.Value, members, cadence.Value, CircleStatus.Active, now), caller, now, everyoneAgreed));
    }

    /// <summary>Unless everyone already agreed, the caller is the one member and everyone else is invited by them.</summary>
    private static Circle Consented(Circle circle, Caller caller, DateTimeOffset now, bool everyoneAgreed)
    {
        if (everyoneAgreed)
        {
            return circle;
        }

        var creator = circle.Members.Single(m => m.PersonId == caller.Id);
        var invited = circle.Members.Where(m => m.PersonId != caller.Id).Select(m => new Invitee(m, caller.Id, creator.DisplayName, now));
        return circle with { Members = [creator], Invited = [.. invited] };
    }

    private static Member[] Members(IReadOnlyList<MemberDraft?> drafts, CircleKind kind, Caller caller, IReadOnlyList<Person> people, Validation v)
    {
        var before = v.Errors.Count;
        var byId = people.ToDictionary(p => p.Id);
        var members = new List<Member>();
        var seen = new HashSet<PersonId>();
        for (var i = 0; i < drafts.Count; i++)
        {
            var field = $"members[{i}]";
            if (drafts[i] is not { } draft)
            {
                v.Add(Error.Invalid(field, "required"));
                continue;
            }

            var objective = Text.Paragraph($"{field}.objective", draft.Objective, Text.MaxObjectiveLength);
            v.AddRange(objective.Errors);
            if (!PersonId.TryParse(draft.PersonId, out var personId))
            {
                v.Add(Error.Invalid($"{field}.personId", draft.PersonId is null ? "required" : "id.invalid"));
                continue;
            }

            if (!seen.Add(personId))
            {
                v.Add(Error.Invalid($"{field}.personId", kind == CircleKind.Mentorship ? "mentorship.samePerson" : "member.duplicate"));
                continue;
            }

            if (!byId.TryGetValue(personId, out var person))
            {
                v.Add(Error.Invalid($"{field}.personId", "member.unknown"));
                continue;
            }

            var role = draft.Role ?? (kind == CircleKind.PeerGroup ? MemberRole.Peer : (MemberRole?)null);
            if (role is null)
            {
                v.Add(Error.Invalid($"{field}.role", "required"));
                continue;
            }

            members.Add(new Member(personId, role.Value, person.DisplayName, objective.IsSuccess ? objective.Value : ""));
        }

        if (v.Errors.Count == before)
        {
            CheckComposition(kind, drafts.Count, members, caller, v);
        }

        return [.. members];
    }

    private static void CheckComposition(CircleKind kind, int requested, List<Member> members, Caller caller, Validation v)
    {
        if (Membership.CheckSize(kind, requested, "members") is { } size)
        {
            v.Add(size);
        }
        else if (Membership.CheckRoles(kind, [.. members.Select(m => m.Role)], "members") is { } roles)
        {
            v.Add(roles);
        }

        if (!members.Any(m => m.PersonId == caller.Id))
        {
            v.Add(Error.Invalid("members", "circle.callerNotMember"));
        }
    }
}
