namespace Mentoring.Core.Progress;

/// <summary>One month of a member's commitments (in the circle's zone): made, kept, dropped.</summary>
public sealed record ProgressMonth(int Year, int Month, int Made, int Kept, int Dropped);
