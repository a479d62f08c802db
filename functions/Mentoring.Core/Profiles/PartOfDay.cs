namespace Mentoring.Core.Profiles;

/// <summary>A coarse part of a day, in the person's own zone: morning 8–12 h, afternoon 12–18 h, evening 18–22 h.</summary>
public enum PartOfDay
{
    Morning,
    Afternoon,
    Evening,
}
