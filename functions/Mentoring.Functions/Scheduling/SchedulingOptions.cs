using System.ComponentModel.DataAnnotations;

namespace Mentoring.Functions.Scheduling;

/// <summary>Bound from <c>Scheduling</c>: the Teams tab deep link put in every invitation.</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    [Required]
    public Uri TabLink { get; set; } = new("https://teams.microsoft.com/l/app/7d1c8d0e-5b7a-4f3e-9a55-2f0c6b0f4e11");
}
