using Mentoring.Core.Circles;
using Mentoring.Core.Common;

namespace Mentoring.Core.Agendas;

/// <summary>The sessions whose agenda changed and must reach their Outlook occurrence: one row per session, however many edits.</summary>
public interface IAgendaPublishQueue
{
    /// <summary>Marks a session's agenda as changed, to publish at <paramref name="due"/> at the latest (an earlier due time already set is kept).</summary>
    Task MarkAsync(TenantId tenant, CircleId circle, string sessionId, DateTimeOffset due, CancellationToken cancellationToken = default);

    /// <summary>The sessions due by <paramref name="now"/>, each with the version of its row.</summary>
    Task<IReadOnlyList<AgendaToPublish>> DueAsync(DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Moves a row's due time to <paramref name="due"/>, unless it was marked again since it was read (then it stays as marked).</summary>
    Task DeferAsync(AgendaToPublish published, DateTimeOffset due, CancellationToken cancellationToken = default);

    /// <summary>Removes a row once published, unless it was marked again since (then it stays for the next run).</summary>
    Task CompleteAsync(AgendaToPublish published, CancellationToken cancellationToken = default);
}
