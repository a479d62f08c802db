namespace Mentoring.Core.Profiles;

/// <summary>A free slot as a request names it; both parts are required.</summary>
public sealed record SlotDraft(DayOfWeek? Day, PartOfDay? Part);
