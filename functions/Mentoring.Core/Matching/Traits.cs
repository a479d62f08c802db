using Mentoring.Core.Profiles;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Matching;

/// <summary>What matching compares, computed once per profile: language subtags, label keys, free hours in UTC, UTC offset.</summary>
internal sealed class Traits
{
    private Traits(Profile profile, TimeSpan offset)
    {
        Profile = profile;
        Languages = [.. profile.Languages.Select(LanguageTags.Primary).Distinct(StringComparer.Ordinal)];
        TargetField = Labels.Key(profile.TargetField);
        TargetJob = Labels.Key(profile.TargetJob);
        OffsetHours = (int)Math.Round(offset.TotalHours);
        Hours = profile.Availability.UtcHours(offset);
    }

    public Profile Profile { get; }

    public string[] Languages { get; }

    public string TargetField { get; }

    public string TargetJob { get; }

    public int OffsetHours { get; }

    public WeekHours Hours { get; }

    /// <summary>The offsets are those in force at <paramref name="at"/>: matching speaks of the weeks to come, not of a standard time.</summary>
    public static Traits Of(Profile profile, DateTimeOffset at, Dictionary<string, TimeSpan> offsets)
    {
        if (!offsets.TryGetValue(profile.TimeZone, out var offset))
        {
            offset = TimeZones.WithOffsetIn(at, TimeZones.Get(profile.TimeZone)).Offset;
            offsets[profile.TimeZone] = offset;
        }

        return new Traits(profile, offset);
    }

    public string[] SharedLanguages(Traits other) => [.. Languages.Where(l => other.Languages.Contains(l, StringComparer.Ordinal))];
}
