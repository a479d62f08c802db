namespace Mentoring.Core.Common;

/// <summary>The families of expected failures; each maps to one HTTP status.</summary>
public enum ErrorKind
{
    Validation,
    NotFound,
    Conflict,
    Unavailable,
}
