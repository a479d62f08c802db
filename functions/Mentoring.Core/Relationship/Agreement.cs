using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Relationship;

/// <summary>What a circle's members agree on when it starts: how often they meet, for how long, how they talk between
/// sessions, their own rules, and that what is said stays between them.</summary>
/// <param name="Version">1 when first written, one more at each change: a confirmation counts only for the version it names,
/// so any change asks everyone to confirm again.</param>
/// <param name="DurationMonths">The agreed duration, <see cref="MinMonths"/> to <see cref="MaxMonths"/> months.</param>
/// <param name="ExtendedMonths">Months added by extensions; the total never passes <see cref="MaxMonths"/>.</param>
/// <remarks>Invariants: confidentiality is always part of it; the total duration is 3 to 12 months; a peer group states its rules.</remarks>
public sealed record Agreement(
    int Version, AgreementFrequency Frequency, int DurationMonths, int ExtendedMonths, string Communication, string Rules,
    PersonId WrittenBy, DateTimeOffset WrittenAt)
{
    public const int MinMonths = 3;
    public const int MaxMonths = 12;
    public const int MaxCommunicationLength = 300;
    public const int MaxRulesLength = 1000;

    public int TotalMonths => DurationMonths + ExtendedMonths;

    /// <summary>The first version, or a revision of <paramref name="current"/> (its extensions kept, its version one more).</summary>
    public static Result<Agreement> Write(Agreement? current, bool peerGroup, AgreementDraft draft, PersonId by, DateTimeOffset now) =>
        AgreementCheck.Of(draft, peerGroup, current?.ExtendedMonths ?? 0).Map(c => new Agreement(
            (current?.Version ?? 0) + 1, c.Frequency, c.DurationMonths, current?.ExtendedMonths ?? 0, c.Communication, c.Rules, by, now));

    /// <summary>Adds <paramref name="months"/> to the duration: a change, so everyone confirms again.</summary>
    public Result<Agreement> Extend(int? months, PersonId by, DateTimeOffset now)
    {
        if (months is not { } added || added < 1)
        {
            return Error.Invalid("months", "agreement.extension.range");
        }

        if (TotalMonths + added > MaxMonths)
        {
            return Error.Invalid("months", "agreement.extension.pastTwelveMonths", new Dictionary<string, object> { ["max"] = MaxMonths - TotalMonths });
        }

        return this with { Version = Version + 1, ExtendedMonths = ExtendedMonths + added, WrittenBy = by, WrittenAt = now };
    }
}
