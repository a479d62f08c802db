using System.ComponentModel.DataAnnotations;
using Mentoring.Core.Privacy;

namespace Mentoring.Functions.Privacy;

/// <summary>Bound from <c>Retention</c>: how long closed circles and their content are kept.</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Months after a circle closes; 24 by default.</summary>
    [Range(1, 120)]
    public int Months { get; set; } = 24;

    public RetentionSettings ToSettings() => new(Months);
}
