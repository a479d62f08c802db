using System.ComponentModel.DataAnnotations;
using Mentoring.Core.Privacy.Leavers;

namespace Mentoring.Functions.Privacy;

/// <summary>Bound from <c>Leavers</c>: how long a person deleted from the directory keeps their data before it is erased.</summary>
public sealed class LeaverOptions
{
    public const string Section = "Leavers";

    /// <summary>Days after the product noticed the deletion; 30 by default, as long as Entra lets an administrator restore a user.</summary>
    [Range(1, 365)]
    public int GraceDays { get; set; } = (int)LeaverSettings.DefaultGracePeriod.TotalDays;

    public LeaverSettings ToSettings() => new(TimeSpan.FromDays(GraceDays));
}
