using Mentoring.Core.Circles;
using Mentoring.Core.Scheduling;

namespace Mentoring.Functions.Circles;

/// <summary>A circle as the API returns it; <see cref="Version"/> goes back in If-Match to detect concurrent edits.</summary>
/// <remarks><see cref="Invited"/>: people asked to join who have not said yes (or said no); <see cref="Ready"/>: enough said yes to schedule.</remarks>
public sealed record CircleResponse(
    string Id,
    CircleKind Kind,
    string Name,
    string Objective,
    CircleStatus Status,
    IReadOnlyList<MemberResponse> Members,
    CadenceDraft Cadence,
    DateTimeOffset CreatedAt,
    string Version,
    IReadOnlyList<InviteeResponse> Invited,
    bool Ready)
{
    public static CircleResponse From(CircleView view)
    {
        var c = view.Circle;
        var members = c.Members.Select(m => new MemberResponse(m.PersonId.ToString(), m.Role, m.DisplayName, m.Objective)).ToArray();
        return new(
            c.Id.ToString(), c.Kind, c.Name, c.Objective, c.Status, members, c.Cadence.ToDraft(), c.CreatedAt, view.Version,
            [.. c.Invited.Select(InviteeResponse.From)], c.IsReady);
    }
}
