using Mentoring.Core.Circles;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Agendas;

/// <summary>Puts back in Outlook the agendas a reshaped series lost (its cadence changed, or the timer patched it back).</summary>
/// <remarks>
/// Exchange removes every exception of a series whose recurrence or start changes, the occurrences' own bodies and attachments
/// included (MS-OXOCAL 3.1.4.7.3.5; the emulator does too). The sessions keep their ids (matched by date), so the stored hash of
/// each published agenda still matches the agenda and nothing would be sent again: the hash is forgotten, and the file with it
/// (Exchange discarded it: its id and the final mark go, so the next publish attaches a new one without a DELETE that could only
/// answer 404; the updates already sent are kept), and the session marked, so the publish timer writes its agenda into the new
/// occurrence.
/// </remarks>
public sealed class AgendasAfterReshape(ISessionStore sessions, IAgendaAttachments attachments, IAgendaPublishQueue queue, AgendaSettings settings, TimeProvider time)
{
    public async Task RepublishAsync(Circle circle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(circle);
        var now = time.GetUtcNow();
        foreach (var session in await sessions.ListAsync(circle.Tenant, circle.Id, cancellationToken).ConfigureAwait(false))
        {
            if (session.Start <= now || session.OccurrenceId is null
                || await attachments.FindAsync(circle.Tenant, circle.Id, session.Id, cancellationToken).ConfigureAwait(false) is not { ContentHash.Length: > 0 } published)
            {
                continue;
            }

            await attachments.SaveAsync(circle.Tenant, circle.Id, session.Id, published with { ContentHash = "", Id = "", Final = false }, cancellationToken).ConfigureAwait(false);
            await queue.MarkAsync(circle.Tenant, circle.Id, session.Id, settings.PublishBy(now, session.Start), cancellationToken).ConfigureAwait(false);
        }
    }
}
