namespace Mentoring.Core.Profiles;

/// <summary>A stored profile back as the draft that makes it: what the form shows and what storage keeps.</summary>
/// <remarks><c>Profile.Create(ProfileDrafts.From(p), …)</c> gives <c>p</c> again, so one validation guards both paths.</remarks>
public static class ProfileDrafts
{
    public static ProfileDraft From(Profile p) => new(
        p.About, p.CurrentJob, p.TargetField, p.TargetJob, [.. p.SkillsOffered], [.. p.SkillsSought], [.. p.Languages], p.City, p.TimeZone,
        [.. p.Availability.Slots.Select(s => new SlotDraft(s.Day, s.Part))], p.Visibility,
        p.Mentor is { } m ? new MentorDraft([.. m.Fields], m.YearsOfExperience, m.Capacity, m.CurrentMentees) : null);
}
