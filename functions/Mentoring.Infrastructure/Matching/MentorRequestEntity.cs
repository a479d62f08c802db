using Azure;
using Azure.Data.Tables;

namespace Mentoring.Infrastructure.Matching;

/// <summary>A mentor request: partition = tenant (beside the profiles, for the acceptance transaction), row = <c>request_</c> + id.</summary>
internal sealed class MentorRequestEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public Guid Mentee { get; set; }

    public string MenteeName { get; set; } = "";

    public Guid Mentor { get; set; }

    public string MentorName { get; set; } = "";

    public string Message { get; set; } = "";

    public string Objective { get; set; } = "";

    public string State { get; set; } = "";

    public DateTimeOffset SentAt { get; set; }

    public string Answer { get; set; } = "";

    public string MentorObjective { get; set; } = "";

    public DateTimeOffset? AnsweredAt { get; set; }
}
