using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;
using Mentoring.Core.Tests.Scheduling;

namespace Mentoring.Core.Tests.Circles;

/// <summary>Test-data builder for create requests, valid by default, with the people the directory knows and the caller.</summary>
/// <remarks>The caller is the first person unless <see cref="By"/> says otherwise; <see cref="Known"/> is the directory's answer.</remarks>
internal sealed record ACircleDraft(CircleKind? Kind, IReadOnlyList<MemberDraft?> Members, IReadOnlyList<Person> Known, Caller Caller)
{
    public static readonly DateTimeOffset Now = ACadenceDraft.Now;

    public string? Name { get; init; } = "Prise de poste";

    public string? Objective { get; init; } = "Trouver ses marques en six mois.";

    public CadenceDraft? Cadence { get; init; } = ACadenceDraft.Minimal();

    public CircleId Id { get; init; } = new(Guid.NewGuid());

    /// <summary>Builders make established circles, whose members all said yes; false: the caller invites the others.</summary>
    public bool EveryoneAgreed { get; init; } = true;

    /// <summary>A mentorship whose mentor is the caller.</summary>
    public static ACircleDraft Mentorship(Person? mentor = null, Person? mentee = null)
    {
        var (a, b) = (mentor ?? APerson.Named("Mentor"), mentee ?? APerson.Named("Mentee"));
        return new(CircleKind.Mentorship, [AMemberDraft.Mentor(a), AMemberDraft.Mentee(b)], [a, b], ACaller.For(a));
    }

    /// <summary>A peer group of the given people (three new ones by default); the first is the caller.</summary>
    public static ACircleDraft PeerGroup(params Person[] peers)
    {
        var people = peers.Length == 0 ? APerson.Several(3) : peers;
        return new(CircleKind.PeerGroup, [.. people.Select(p => AMemberDraft.Peer(p))], people, ACaller.For(people[0]));
    }

    public ACircleDraft WithMembers(params MemberDraft?[] members) => this with { Members = members };

    public ACircleDraft WithKind(CircleKind? kind) => this with { Kind = kind };

    public ACircleDraft Named(string? name) => this with { Name = name };

    public ACircleDraft WithObjective(string? objective) => this with { Objective = objective };

    public ACircleDraft WithCadence(CadenceDraft? cadence) => this with { Cadence = cadence };

    /// <summary>Replaces the people the directory finds.</summary>
    public ACircleDraft Knowing(params Person[] people) => this with { Known = people };

    public ACircleDraft By(Person person) => this with { Caller = ACaller.For(person) };

    public CircleDraft Build() => new(Kind, Name, Objective, Members, Cadence);

    public Result<Circle> Create() => Circle.Create(Build(), Id, Caller, Known, Now, EveryoneAgreed);

    /// <summary>The valid circle, or a failed assertion listing the errors.</summary>
    public Circle CreateValid()
    {
        var result = Create();
        Assert.True(result.IsSuccess, string.Join(", ", result.Errors.Select(e => $"{e.Field}:{e.Code}")));
        return result.Value;
    }
}
