using Mentoring.Core.Agendas;
using Mentoring.Core.People;

namespace Mentoring.Core.FollowUps;

/// <summary>Whether a member receives the circle's cards in Teams (follow-ups and reminders); one per member, in the circle's partition.</summary>
/// <remarks>Pausing only stops cards: the follow-ups stay answerable from the personal tab.</remarks>
public sealed record CardPreference(PersonId Member, bool Paused, DateTimeOffset ChangedAt) : ICircleEntry
{
    public string Key => Member.ToString();
}
