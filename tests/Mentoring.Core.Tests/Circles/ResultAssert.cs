using Mentoring.Core.Common;

namespace Mentoring.Core.Tests.Circles;

/// <summary>Assertions on failed results that show every error when they fail.</summary>
internal static class ResultAssert
{
    public static Error SingleError<T>(Result<T> result, ErrorKind kind, string code, string? field = null)
    {
        Assert.False(result.IsSuccess, "Expected a failure, got a success.");
        var error = Assert.Single(result.Errors);
        Assert.Equal((kind, code, field), (error.Kind, error.Code, error.Field));
        return error;
    }

    public static Error Invalid<T>(Result<T> result, string field, string code) => SingleError(result, ErrorKind.Validation, code, field);

    public static void HasError<T>(Result<T> result, string field, string code)
    {
        Assert.False(result.IsSuccess, "Expected a failure, got a success.");
        Assert.Contains(result.Errors, e => e.Kind == ErrorKind.Validation && e.Field == field && e.Code == code);
    }

    public static void Conflict<T>(Result<T> result, string code) => SingleError(result, ErrorKind.Conflict, code);
}
