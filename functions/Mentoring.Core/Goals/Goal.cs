using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Goals;

/// <summary>One of a member's 1 to <see cref="MaxPerMember"/> objectives in a circle, scaled for Goal Attainment Scaling.</summary>
/// <param name="Slot">1 to <see cref="MaxPerMember"/>: where it is stored, so a fourth goal cannot exist even when two are added at once.</param>
/// <param name="Weight">How much it counts in the T-score, <see cref="MinWeight"/> to <see cref="MaxWeight"/> (1 when not given).</param>
/// <param name="Baseline">Where the author stood when writing it (usually −1), the trajectory's first point.</param>
/// <remarks>Invariants: the title is 1 to <see cref="MaxTitleLength"/> characters; the scale is valid (<see cref="GoalScale"/>);
/// only the author changes it or places themselves on it; others see it only when <see cref="Sharing"/> says so.</remarks>
public sealed record Goal(
    Guid Id, PersonId Author, int Slot, GoalKind Kind, string Title, GoalScale Scale, int Weight, int Baseline, GoalSharing Sharing,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public const int MaxPerMember = 3;
    public const int MaxTitleLength = 200;
    public const int MinWeight = 1;
    public const int MaxWeight = 10;

    public bool IsSeenBy(PersonId reader) => reader == Author || Sharing == GoalSharing.Circle;

    public static Result<Goal> Create(Guid id, PersonId author, int slot, GoalDraft draft, DateTimeOffset now) =>
        Check(draft).Map(c => new Goal(id, author, slot, c.Kind, c.Title, c.Scale, c.Weight, c.Baseline, c.Sharing, now, now));

    /// <summary>The author rewrites it (title, levels, weight, baseline, sharing); its id, slot and placements stay.</summary>
    public Result<Goal> Revise(PersonId by, GoalDraft draft, DateTimeOffset now)
    {
        if (by != Author)
        {
            return Error.Forbidden("goal.notAuthor");
        }

        return Check(draft).Map(c => this with
        {
            Kind = c.Kind, Title = c.Title, Scale = c.Scale, Weight = c.Weight, Baseline = c.Baseline, Sharing = c.Sharing, UpdatedAt = now,
        });
    }

    private static Result<Checked> Check(GoalDraft draft)
    {
        var v = new Validation();
        var title = Text.Line("title", draft.Title, MaxTitleLength);
        var scale = GoalScale.Create(draft.Levels);
        v.AddRange(title.Errors);
        v.AddRange(scale.Errors);
        if (!Enum.TryParse<GoalKind>(draft.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            v.Add(Error.Invalid("kind", "goal.kind.invalid"));
        }

        if (draft.Weight is < MinWeight or > MaxWeight)
        {
            v.Add(Error.Invalid("weight", "goal.weight.range", new Dictionary<string, object> { ["min"] = MinWeight, ["max"] = MaxWeight }));
        }

        if (draft.Baseline is { } baseline && !GoalScale.IsLevel(baseline))
        {
            v.Add(Error.Invalid("baseline", "goal.level.range"));
        }

        var sharing = GoalSharing.Private;
        if (draft.Sharing is not null && (!Enum.TryParse(draft.Sharing, ignoreCase: true, out sharing) || !Enum.IsDefined(sharing)))
        {
            v.Add(Error.Invalid("sharing", "goal.sharing.invalid"));
        }

        return v.ToResult(() => new Checked(kind, title.Value, scale.Value, draft.Weight ?? MinWeight, draft.Baseline ?? -1, sharing));
    }

    private sealed record Checked(GoalKind Kind, string Title, GoalScale Scale, int Weight, int Baseline, GoalSharing Sharing);
}
