using System.Globalization;
using System.Text;

namespace Mentoring.M365Emulator.Graph.Meetings;

/// <summary>The Teams onlineMeeting resource Exchange creates with a teamsForBusiness event.</summary>
/// <remarks>
/// Real Graph keeps the chat thread id only here (GET /users/{id}/onlineMeetings), never on the event, whose
/// onlineMeeting is an onlineMeetingInfo {conferenceId, joinUrl, phones, quickDial, tollFreeNumbers, tollNumber}.
/// </remarks>
internal sealed record TeamsMeeting(string Id, string JoinWebUrl, string ThreadId, string ConferenceId, DateTime CreatedUtc)
{
    public static TeamsMeeting New(DemoUser organizer, DateTime createdUtc)
    {
        var thread = $"19:meeting_{Convert.ToBase64String(Guid.NewGuid().ToByteArray()).TrimEnd('=').Replace('+', 'x').Replace('/', 'y')}@thread.v2";

        // Teams' join URL: the thread id with ':' and '@' escaped, then a context of tenant and organizer ids, so the
        // URL holds '%' sequences; a client that double-decodes or fails to encode it in $filter will not find it.
        var context = $"%7b%22Tid%22%3a%22{organizer.TenantId}%22%2c%22Oid%22%3a%22{organizer.Id}%22%7d";
        var joinUrl = $"https://teams.microsoft.com/l/meetup-join/{thread.Replace(":", "%3a").Replace("@", "%40")}/0?context={context}";

        // Graph's meeting ids are base64 of "1*{organizer oid}*0**{thread id}".
        var id = Convert.ToBase64String(Encoding.UTF8.GetBytes($"1*{organizer.Id}*0**{thread}"));
        var conferenceId = Random.Shared.Next(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture);
        return new TeamsMeeting(id, joinUrl, thread, conferenceId, createdUtc);
    }
}
