using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Profiles;

/// <summary>Turns a draft into a profile, collecting every field error.</summary>
internal static class ProfileFactory
{
    private const int MaxLanguages = 8;

    public static Result<Profile> Create(ProfileDraft d, TenantId tenant, PersonId person, string displayName)
    {
        var v = new Validation();
        var about = Keep(v, Text.Paragraph("about", d.About, Profile.MaxAboutLength));
        var currentJob = Keep(v, Text.Paragraph("currentJob", d.CurrentJob?.ReplaceLineEndings(" "), Profile.MaxLineLength));
        var targetField = Keep(v, Text.Paragraph("targetField", d.TargetField?.ReplaceLineEndings(" "), Labels.MaxLength));
        var targetJob = Keep(v, Text.Paragraph("targetJob", d.TargetJob?.ReplaceLineEndings(" "), Profile.MaxLineLength));
        var city = Keep(v, Text.Paragraph("city", d.City?.ReplaceLineEndings(" "), Profile.MaxLineLength));
        var offered = Keep(v, Labels.List("skillsOffered", d.SkillsOffered));
        var sought = Keep(v, Labels.List("skillsSought", d.SkillsSought));
        var languages = Languages(d.Languages, v);
        var availability = Keep(v, WeeklyAvailability.Create("availability", d.Availability));
        if (!TimeZones.TryFind(d.TimeZone, out _))
        {
            v.Add(Error.Invalid("timeZone", d.TimeZone is null ? "required" : "timeZone.unknown"));
        }

        if (d.Visibility is not { } visibility || !Enum.IsDefined(visibility))
        {
            v.Add(Error.Invalid("visibility", d.Visibility is null ? "required" : "visibility.invalid"));
            visibility = Visibility.None;
        }

        var mentor = Mentor(d.Mentor, visibility, v);
        return v.ToResult(() => new Profile(
            tenant, person, displayName, about!, currentJob!, targetField!, targetJob!, offered!, sought!, languages,
            city!, d.TimeZone!, availability!, visibility, mentor));
    }

    private static T? Keep<T>(Validation v, Result<T> result)
    {
        v.AddRange(result.Errors);
        return result.IsSuccess ? result.Value : default;
    }

    private static IReadOnlyList<string> Languages(IReadOnlyList<string?>? tags, Validation v)
    {
        if (tags is not { Count: > 0 })
        {
            v.Add(Error.Invalid("languages", "required"));
            return [];
        }

        if (tags.Count > MaxLanguages)
        {
            v.Add(Error.Invalid("languages", "list.tooLong", new Dictionary<string, object> { ["max"] = MaxLanguages }));
            return [];
        }

        var kept = new List<string>();
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = Keep(v, LanguageTags.Normalize($"languages[{i}]", tags[i]));
            if (tag is not null && !kept.Contains(tag, StringComparer.Ordinal))
            {
                kept.Add(tag);
            }
        }

        return kept;
    }

    private static MentorDetails? Mentor(MentorDraft? draft, Visibility visibility, Validation v)
    {
        if (draft is null)
        {
            if (visibility.HasFlag(Visibility.Mentor))
            {
                v.Add(Error.Invalid("mentor", "mentor.required"));
            }

            return null;
        }

        var fields = Keep(v, Labels.List("mentor.fields", draft.Fields));
        if (fields is { Count: 0 })
        {
            v.Add(Error.Invalid("mentor.fields", "required"));
        }

        var years = Range(v, "mentor.yearsOfExperience", draft.YearsOfExperience, 0, MentorDetails.MaxYears);
        var capacity = Range(v, "mentor.capacity", draft.Capacity, 1, MentorDetails.MaxCapacity);
        var current = Range(v, "mentor.currentMentees", draft.CurrentMentees ?? 0, 0, MentorDetails.MaxCurrentMentees);
        return fields is null ? null : new MentorDetails(fields, years, capacity, current);
    }

    private static int Range(Validation v, string field, int? value, int min, int max)
    {
        if (value is not { } n)
        {
            v.Add(Error.Invalid(field, "required"));
            return 0;
        }

        if (n < min || n > max)
        {
            v.Add(Error.Invalid(field, "number.range", new Dictionary<string, object> { ["min"] = min, ["max"] = max }));
        }

        return n;
    }
}
