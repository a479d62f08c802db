namespace Mentoring.Core.Common;

/// <summary>The families of expected failures; the API maps each to a status (Core knows no HTTP).</summary>
public enum ErrorKind
{
    Validation,
    NotFound,
    Conflict,
    Unavailable,

    /// <summary>A member asked for something their place in the circle does not allow; the code says why.</summary>
    Forbidden,
}
