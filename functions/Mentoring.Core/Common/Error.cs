namespace Mentoring.Core.Common;

/// <summary>An expected failure: a stable code, the field it concerns (if any) and values for the message.</summary>
/// <remarks>Messages are not built here: the API localizes <see cref="Code"/> (fr first, en) when it answers.</remarks>
public sealed record Error(ErrorKind Kind, string Code, string? Field = null, IReadOnlyDictionary<string, object>? Args = null)
{
    public static Error Invalid(string field, string code, IReadOnlyDictionary<string, object>? args = null) =>
        new(ErrorKind.Validation, code, field, args);

    public static Error NotFound(string code) => new(ErrorKind.NotFound, code);

    public static Error Conflict(string code) => new(ErrorKind.Conflict, code);

    public static Error Forbidden(string code, IReadOnlyDictionary<string, object>? args = null) => new(ErrorKind.Forbidden, code, Args: args);

    public static Error Unavailable(string code, TimeSpan? retryAfter = null) =>
        new(ErrorKind.Unavailable, code, Args: retryAfter is null ? null : new Dictionary<string, object> { ["retryAfterSeconds"] = (int)Math.Ceiling(retryAfter.Value.TotalSeconds) });
}
