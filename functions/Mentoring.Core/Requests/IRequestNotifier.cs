namespace Mentoring.Core.Requests;

/// <summary>The hook for telling people about requests outside the tab (the bot's card to the mentor in Teams, issue 9).</summary>
/// <remarks>Called once per request stored (never for a retry that found it) and once per answer, after the write: a
/// failure here is logged by the host and loses nothing, since the tab lists every request. The default registration does
/// nothing; the bot replaces it.</remarks>
public interface IRequestNotifier
{
    Task RequestSentAsync(MentorRequest request, CancellationToken cancellationToken = default);

    Task RequestAnsweredAsync(MentorRequest request, CancellationToken cancellationToken = default);
}
