namespace Mentoring.Core.Relationship;

/// <summary>How often the members agree to meet.</summary>
public enum AgreementFrequency
{
    Weekly,
    Fortnightly,
    Monthly,
}
