using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Agendas;

/// <summary>Marks the session whose Outlook invitation an edit changes; the timer publishes it once, whatever the number of edits.</summary>
public sealed class AgendaPublishing(IAgendaPublishQueue queue, AgendaSettings settings, TimeProvider time)
{
    /// <summary>Marks <paramref name="session"/> when its occurrence is still to come.</summary>
    public Task MarkAsync(CircleBoard board, Session? session, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (session is null || session.OccurrenceId is null || !SessionAgendas.IsOpen(session, now) || session.Start <= now)
        {
            return Task.CompletedTask;
        }

        var circle = board.Circle.Value;
        return queue.MarkAsync(circle.Tenant, circle.Id, session.Id, settings.PublishBy(now, session.Start), cancellationToken);
    }

    /// <summary>Commitments show in the coming session's agenda: a change to one marks that session.</summary>
    public Task MarkNextAsync(CircleBoard board, CancellationToken cancellationToken) =>
        MarkAsync(board, board.CurrentOrNext(time.GetUtcNow()), cancellationToken);
}
