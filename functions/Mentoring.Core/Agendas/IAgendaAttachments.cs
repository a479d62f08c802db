using Mentoring.Core.Circles;
using Mentoring.Core.Common;

namespace Mentoring.Core.Agendas;

/// <summary>Remembers, per session, the agenda file last attached to its occurrence.</summary>
public interface IAgendaAttachments
{
    Task<AgendaAttachment?> FindAsync(TenantId tenant, CircleId circle, string sessionId, CancellationToken cancellationToken = default);

    Task SaveAsync(TenantId tenant, CircleId circle, string sessionId, AgendaAttachment attachment, CancellationToken cancellationToken = default);
}
