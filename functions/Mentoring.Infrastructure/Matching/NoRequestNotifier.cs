using Mentoring.Core.Requests;

namespace Mentoring.Infrastructure.Matching;

/// <summary>The default <see cref="IRequestNotifier"/>: nothing beyond the tab, until the bot registers its card sender.</summary>
internal sealed class NoRequestNotifier : IRequestNotifier
{
    public Task RequestSentAsync(MentorRequest request, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task RequestAnsweredAsync(MentorRequest request, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
