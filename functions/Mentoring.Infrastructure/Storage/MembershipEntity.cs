using Azure;
using Azure.Data.Tables;

namespace Mentoring.Infrastructure.Storage;

/// <summary>An index row: person → circle, with what "my circles" shows so the list needs no second read.</summary>
/// <remarks>An invitation row (<see cref="Keys.InvitationRow"/>) has the same shape in the invitee's partition, with the inviter.</remarks>
internal sealed class MembershipEntity : ITableEntity
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public Guid PersonId { get; set; }

    public string Kind { get; set; } = "";

    public string Name { get; set; } = "";

    public string Status { get; set; } = "";

    public string Role { get; set; } = "";

    /// <summary>On an invitation row only: who invited the person, by name (all an invitee sees besides the circle's name and kind).</summary>
    public string? InvitedByName { get; set; }

    public DateTimeOffset? InvitedAt { get; set; }
}
