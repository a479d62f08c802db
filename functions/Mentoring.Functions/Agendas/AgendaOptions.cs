using System.ComponentModel.DataAnnotations;
using Mentoring.Core.Agendas;

namespace Mentoring.Functions.Agendas;

/// <summary>Bound from <c>Agendas</c>: when edits reach the Outlook invitation, and the side panel link put in it.</summary>
public sealed class AgendaOptions
{
    public const string Section = "Agendas";

    /// <summary>Edits within this many minutes of the first go out as one Graph update.</summary>
    [Range(0, 24 * 60)]
    public int CoalescingMinutes { get; set; } = 15;

    /// <summary>The invitation holds the current agenda at least this many minutes before the session.</summary>
    [Range(0, 7 * 24 * 60)]
    public int LeadMinutes { get; set; } = 60;

    /// <summary>The first update (the agenda "ready") is sent no earlier than this many minutes before the session.</summary>
    [Range(0, 14 * 24 * 60)]
    public int ReadyMinutes { get; set; } = 24 * 60;

    [Required]
    public Uri PanelLink { get; set; } = new("https://teams.microsoft.com/l/entity/7d1c8d0e-5b7a-4f3e-9a55-2f0c6b0f4e11/meeting-panel");

    /// <summary>The domain's settings; the timer runs every 5 minutes (<see cref="AgendaPublishTimer"/>), so marks fall due that much earlier.</summary>
    public AgendaSettings ToSettings() => new(TimeSpan.FromMinutes(CoalescingMinutes), TimeSpan.FromMinutes(LeadMinutes), PanelLink, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(ReadyMinutes));
}
