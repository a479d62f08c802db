using CsCheck;

namespace Mentoring.Core.Tests.Matching;

/// <summary>Generated cases drawn from fixed PCG streams, so that a property test checks the same cases on every run
/// (<c>Check.Sample</c> draws a new seed per run, which would make a failure come and go).</summary>
internal static class PropertyCases
{
    private const ulong Seed = 0x4D41_5443_4849_4E47;

    public static IEnumerable<T> Of<T>(Gen<T> gen, int count) =>
        Enumerable.Range(0, count).Select(i => gen.Generate(new PCG((uint)i, Seed), null, out _));
}
