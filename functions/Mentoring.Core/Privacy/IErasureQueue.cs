using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Privacy;

/// <summary>Where an erasure waits for its worker (<see cref="EraseMyData"/>): a message of ids only, never a name.</summary>
public interface IErasureQueue
{
    Task EnqueueAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken = default);
}
