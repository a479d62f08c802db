namespace Mentoring.Core.Common;

/// <summary>The families of expected failures; each maps to one HTTP status.</summary>
public enum ErrorKind
{
    Validation,
    NotFound,
    Conflict,
    Unavailable,

    /// <summary>A member who may not do this (not the author, not the organizer): 403 saying why.</summary>
    Forbidden,
}
