using Mentoring.Core.Agendas;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Mentoring.Functions.Agendas;

/// <summary>Every 5 minutes: one Graph update per session whose agenda changed and is due (edits coalesced).</summary>
public sealed class AgendaPublishTimer(PublishAgendas publish, ILogger<AgendaPublishTimer> logger)
{
    [Function("AgendaPublishTimer")]
    public async Task Run([TimerTrigger("0 */5 * * * *")] TimerInfo timer, CancellationToken ct)
    {
        var (published, failed) = await publish.ExecuteAsync(ct);
        logger.LogInformation("Agendas published to Outlook: {Published}, to retry: {Failed}", published, failed);
    }
}
