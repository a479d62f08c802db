namespace Mentoring.Core.Scheduling.Adoption;

/// <summary>An appointment that passed <see cref="AppointmentCheck"/>: the cadence it realises and the series it is.</summary>
/// <param name="Sent">False while the item is a draft: the adoption then waits for Outlook to send it.</param>
public sealed record AdoptedSeries(Cadence Cadence, MeetingSeries Series, bool Sent);
