using System.Text.Json;
using Mentoring.Core.Scheduling;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions.Serialization;

namespace Mentoring.Infrastructure.Graph;

/// <summary>Reads the created series master into Core's <see cref="MeetingSeries"/>.</summary>
internal static class MeetingSeriesReader
{
    public static MeetingSeries Read(Event created) => new(
        created.Id ?? throw new InvalidOperationException("Graph returned an event without an id."),
        created.ICalUId ?? "",
        created.OnlineMeeting?.JoinUrl ?? "",
        ChatThreadId(created.OnlineMeeting));

    /// <summary><c>onlineMeeting.chatInfo.threadId</c>: not in the SDK's model, so it lands in AdditionalData.</summary>
    /// <remarks>Depending on the Kiota JSON parse node version, an unknown object arrives as a JsonElement or an UntypedNode.</remarks>
    public static string? ChatThreadId(OnlineMeetingInfo? meeting)
    {
        if (meeting?.AdditionalData is null || !meeting.AdditionalData.TryGetValue("chatInfo", out var chatInfo))
        {
            return null;
        }

        return chatInfo switch
        {
            JsonElement { ValueKind: JsonValueKind.Object } e when e.TryGetProperty("threadId", out var id) && id.ValueKind == JsonValueKind.String
                => id.GetString(),
            UntypedObject o when o.GetValue().TryGetValue("threadId", out var id) && id is UntypedString s => s.GetValue(),
            IDictionary<string, object> d when d.TryGetValue("threadId", out var id) => id as string,
            _ => null,
        };
    }
}
