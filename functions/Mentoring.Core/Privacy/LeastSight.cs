using Mentoring.Core.Common;

namespace Mentoring.Core.Privacy;

/// <summary>Who reads what: the written table docs/privacy.md shows (Least sight), and the one place a use case asks before it shows data.</summary>
/// <remarks>
/// Invariants: a note is read by its author only (<see cref="Audience.Self"/>); a coordinator never reads a text (notes,
/// agenda contents, commitments, follow-ups): activity counts only; a tenant admin reads nothing through the product (the
/// data reaches them only through the person's own export). An organizer sees what any member sees, nothing more: organizing
/// is about the calendar, not about people's data. Anything not listed is <see cref="Sight.None"/>.
/// </remarks>
public static class LeastSight
{
    /// <summary>The table, one row per kind of data: what each audience sees of it.</summary>
    public static IReadOnlyDictionary<PersonalDataKind, IReadOnlyDictionary<Audience, Sight>> Table { get; } = new Dictionary<PersonalDataKind, IReadOnlyDictionary<Audience, Sight>>
    {
        [PersonalDataKind.Identity] = Row(member: Sight.Content, coordinator: Sight.Content),
        [PersonalDataKind.Profile] = Row(member: Sight.None, coordinator: Sight.ActivityOnly),
        [PersonalDataKind.Membership] = Row(member: Sight.Content, coordinator: Sight.Content),
        [PersonalDataKind.Sessions] = Row(member: Sight.Content, coordinator: Sight.ActivityOnly),
        [PersonalDataKind.AgendaItems] = Row(member: Sight.Content, coordinator: Sight.None),
        [PersonalDataKind.Commitments] = Row(member: Sight.Content, coordinator: Sight.ActivityOnly),
        [PersonalDataKind.Notes] = Row(member: Sight.None, coordinator: Sight.None),
        [PersonalDataKind.Thanks] = Row(member: Sight.Content, coordinator: Sight.ActivityOnly),
        [PersonalDataKind.FollowUps] = Row(member: Sight.ActivityOnly, coordinator: Sight.ActivityOnly),
        [PersonalDataKind.Activity] = Row(member: Sight.Content, coordinator: Sight.Content),

        // Goals are private by default (the row is the default): a goal the author shared reaches the circle's members as
        // content (TableGoalStore filters the others). A coordinator gets cohort figures only (5+ people), nothing per person.
        [PersonalDataKind.Goals] = Row(member: Sight.None, coordinator: Sight.None),
        [PersonalDataKind.Agreement] = Row(member: Sight.Content, coordinator: Sight.None),

        // A pulse's answers reach the other members only once every member answered it (Pulses.ViewOf); before, not even
        // whether they answered. A coordinator: answers counted and the share of low ones for a cohort (5+), nothing per person.
        [PersonalDataKind.Pulse] = Row(member: Sight.Content, coordinator: Sight.None),
    };

    /// <summary>What <paramref name="audience"/> sees of <paramref name="kind"/>.</summary>
    public static Sight Of(PersonalDataKind kind, Audience audience) =>
        Table.TryGetValue(kind, out var row) && row.TryGetValue(audience, out var sight) ? sight : Sight.None;

    /// <summary>Refuses, saying why, an audience that may not read <paramref name="kind"/> as <paramref name="needed"/>.</summary>
    /// <returns>null when allowed; otherwise a <see cref="ErrorKind.Forbidden"/> error coded <c>privacy.sight.{audience}</c>.</returns>
    public static Error? Require(PersonalDataKind kind, Audience audience, Sight needed) =>
        Of(kind, audience) >= needed ? null : audience switch
        {
            Audience.Coordinator => Error.Forbidden("privacy.sight.coordinator"),
            Audience.TenantAdmin => Error.Forbidden("privacy.sight.tenantAdmin"),
            Audience.Organizer => Error.Forbidden("privacy.sight.organizer"),
            _ => Error.Forbidden("privacy.sight.member"),
        };

    /// <summary>A row: the author always sees everything; an organizer sees what members see; a tenant admin, nothing.</summary>
    private static Dictionary<Audience, Sight> Row(Sight member, Sight coordinator) => new()
    {
        [Audience.Self] = Sight.Content,
        [Audience.Member] = member,
        [Audience.Organizer] = member,
        [Audience.Coordinator] = coordinator,
        [Audience.TenantAdmin] = Sight.None,
    };
}
