using System.Text.Json;
using System.Text.Json.Serialization;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.Delivery;
using Mentoring.Core.People;

namespace Mentoring.Infrastructure.Dispatch;

/// <summary>The queue messages' JSON: plain strings, so a message stays readable in the portal and in a poison queue.</summary>
public static class DeliveryMessages
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Write(DueSession due)
    {
        ArgumentNullException.ThrowIfNull(due);
        return JsonSerializer.Serialize(new SessionMessage(due.Tenant.ToString(), due.Circle.ToString(), due.SessionId, due.Kind.ToString(), due.DueAt, due.Start, due.End), Json);
    }

    public static string Write(CardDelivery card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.Serialize(new CardMessage(card.Tenant.ToString(), card.Circle.ToString(), card.SessionId, card.Member.ToString(), card.Kind.ToString()), Json);
    }

    /// <summary>The due session a message names; <c>null</c> for a message that is not one (it then goes nowhere but the log).</summary>
    public static DueSession? ReadSession(string text)
    {
        var m = Read<SessionMessage>(text);
        return m is not null && TenantId.TryParse(m.Tenant, out var tenant) && CircleId.TryParse(m.Circle, out var circle)
            && Enum.TryParse<CardKind>(m.Kind, out var kind) && !string.IsNullOrEmpty(m.Session)
            ? new DueSession(tenant, circle, m.Session, kind, m.DueAt, m.Start, m.End)
            : null;
    }

    public static CardDelivery? ReadCard(string text)
    {
        var m = Read<CardMessage>(text);
        return m is not null && TenantId.TryParse(m.Tenant, out var tenant) && CircleId.TryParse(m.Circle, out var circle)
            && PersonId.TryParse(m.Member, out var member) && Enum.TryParse<CardKind>(m.Kind, out var kind) && !string.IsNullOrEmpty(m.Session)
            ? new CardDelivery(tenant, circle, m.Session, member, kind)
            : null;
    }

    public static string Write(TenantId tenant, PersonId person) =>
        JsonSerializer.Serialize(new ConversationMessage(tenant.ToString(), person.ToString()), Json);

    /// <summary>The person whose conversation a message asks to open; <c>null</c> for a message that is not one.</summary>
    public static (TenantId Tenant, PersonId Person)? ReadConversation(string text)
    {
        var m = Read<ConversationMessage>(text);
        return m is not null && TenantId.TryParse(m.Tenant, out var tenant) && PersonId.TryParse(m.Person, out var person) ? (tenant, person) : null;
    }

    /// <summary>How many times this card message was put back after a Retry-After (see <see cref="CardRetries"/>); 0 for one fanned out.</summary>
    public static int Deferrals(string text) => Read<Deferrable>(text)?.Deferrals ?? 0;

    /// <summary>The same card message, counting one more deferral.</summary>
    public static string Deferred(string text)
    {
        var m = JsonSerializer.Deserialize<System.Text.Json.Nodes.JsonObject>(text, Json) ?? throw new ArgumentException("Not a message.", nameof(text));
        m["deferrals"] = Deferrals(text) + 1;
        return m.ToJsonString(Json);
    }

    private static T? Read<T>(string text)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(text, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record SessionMessage(string Tenant, string Circle, string Session, string Kind, DateTimeOffset DueAt, DateTimeOffset Start, DateTimeOffset End);

    private sealed record Deferrable(int Deferrals);

    private sealed record ConversationMessage(string Tenant, string Person)
    {
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
        public int Deferrals { get; init; }
    }

    private sealed record CardMessage(string Tenant, string Circle, string Session, string Member, string Kind)
    {
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
        public int Deferrals { get; init; }
    }
}
