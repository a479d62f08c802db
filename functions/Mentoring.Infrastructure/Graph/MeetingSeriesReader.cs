using Mentoring.Core.Scheduling;
using Microsoft.Graph.Models;

namespace Mentoring.Infrastructure.Graph;

/// <summary>Reads the created series master into Core's <see cref="MeetingSeries"/>.</summary>
/// <remarks>The chat thread id is not on the event (see <see cref="MeetingChatThreads"/>), so it is passed in.</remarks>
internal static class MeetingSeriesReader
{
    public static MeetingSeries Read(Event created, string? chatThreadId) => new(
        created.Id ?? throw new InvalidOperationException("Graph returned an event without an id."),
        created.ICalUId ?? "",
        JoinUrl(created),
        chatThreadId);

    public static string JoinUrl(Event created) => created.OnlineMeeting?.JoinUrl ?? "";
}
