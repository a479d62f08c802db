namespace Mentoring.Core.Profiles;

/// <summary>A day of the week and a part of that day when a person is usually free, in their own time zone.</summary>
public readonly record struct AvailabilitySlot(DayOfWeek Day, PartOfDay Part);
