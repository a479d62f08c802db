using Mentoring.Core.Common;

namespace Mentoring.Graph.Tests;

internal static class ResultAssert
{
    public static T Ok<T>(Result<T> result)
    {
        Assert.True(result.IsSuccess, string.Join(", ", result.Errors));
        return result.Value;
    }
}
