namespace Mentoring.Core.Privacy.Leavers;

/// <summary>How long a person deleted from the directory keeps their data: an administrator can restore an account for 30 days.</summary>
public sealed record LeaverSettings(TimeSpan GracePeriod)
{
    public static readonly TimeSpan DefaultGracePeriod = TimeSpan.FromDays(30);
}
