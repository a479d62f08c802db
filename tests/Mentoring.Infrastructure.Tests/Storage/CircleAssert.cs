using Mentoring.Core.Circles;

namespace Mentoring.Infrastructure.Tests.Storage;

/// <summary>Compares circles field by field: records compare their member lists by reference, storage returns new lists.</summary>
internal static class CircleAssert
{
    public static void Same(Circle expected, Circle? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Members, actual.Members);
        Assert.Equal(expected, actual with { Members = expected.Members });
    }
}
