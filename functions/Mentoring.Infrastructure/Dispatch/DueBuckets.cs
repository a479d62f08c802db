using System.Globalization;

namespace Mentoring.Infrastructure.Dispatch;

/// <summary>The index's time buckets: a quarter hour each, the timer reading only those between its cursor and now.</summary>
internal static class DueBuckets
{
    public static readonly TimeSpan Size = TimeSpan.FromMinutes(15);

    public static DateTimeOffset Floor(DateTimeOffset at) => new(at.UtcTicks - (at.UtcTicks % Size.Ticks), TimeSpan.Zero);

    public static string Key(DateTimeOffset bucket) => "b" + bucket.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);

    /// <summary>The filter of the buckets from the one holding <paramref name="at"/> on (the cursor row, "cursor", sorts after them all).</summary>
    public static string From(DateTimeOffset at) => Azure.Data.Tables.TableClient.CreateQueryFilter($"PartitionKey ge {Key(Floor(at))}");

    public static DateTimeOffset Parse(string key) =>
        DateTimeOffset.ParseExact(key[1..], "yyyyMMddHHmm", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
