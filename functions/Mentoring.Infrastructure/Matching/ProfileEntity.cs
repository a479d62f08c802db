using Azure;
using Azure.Data.Tables;

namespace Mentoring.Infrastructure.Matching;

/// <summary>A profile: partition = tenant, row = <c>profile_</c> + person id; the fields as the draft JSON that rebuilds it.</summary>
internal sealed class ProfileEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string DisplayName { get; set; } = "";

    /// <summary>The <c>Visibility</c> flags as a number, so a query keeps visible profiles only (0 = hidden).</summary>
    public int Visibility { get; set; }

    public string Json { get; set; } = "";

    /// <summary>The mentorships holding one of the mentor's places (circle ids, comma-separated): the server's, never the form's.</summary>
    public string? MentorPlaces { get; set; }
}
