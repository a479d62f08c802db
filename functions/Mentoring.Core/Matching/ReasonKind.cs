namespace Mentoring.Core.Matching;

/// <summary>Why a mentor is suggested; each kind renders as one clause of the sentence.</summary>
public enum ReasonKind
{
    /// <summary>Years of experience in a field (the mentee's target field when the mentor knows it).</summary>
    Experience,

    /// <summary>The mentor already works in the job the mentee aims for.</summary>
    SameJob,

    /// <summary>Skills the mentee seeks that the mentor offers.</summary>
    Skills,

    /// <summary>Languages both speak.</summary>
    Languages,

    /// <summary>Hours a week both are usually free at the same time.</summary>
    Availability,

    /// <summary>Places the mentor still has.</summary>
    FreePlaces,
}
