using System.Numerics;

namespace Mentoring.Core.Profiles;

/// <summary>The 168 hours of a week as bits, so that overlap between two people is three ANDs and a popcount.</summary>
internal readonly record struct WeekHours(ulong A, ulong B, ulong C)
{
    public const int Count = 168;

    public WeekHours With(int hour) => hour switch
    {
        < 64 => this with { A = A | (1UL << hour) },
        < 128 => this with { B = B | (1UL << (hour - 64)) },
        _ => this with { C = C | (1UL << (hour - 128)) },
    };

    public int Overlap(WeekHours other) =>
        BitOperations.PopCount(A & other.A) + BitOperations.PopCount(B & other.B) + BitOperations.PopCount(C & other.C);

    public int Total => Overlap(this);
}
