using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Privacy;

/// <summary>
/// Use case: a person asks for their data to be erased. The request is recorded (the log, with the circles to leave) and
/// queued; a worker runs <see cref="EraseMyData"/>, and the personal tab follows its progress through <see cref="MyPrivacy"/>.
/// </summary>
/// <remarks>
/// Only one's own data (403 <c>privacy.ownDataOnly</c>); a finished erasure asked again is a 409 <c>privacy.alreadyErased</c>
/// that writes nothing. Asked again while running, it is queued again: a worker that died midway is replaced, and each step
/// is idempotent, so two workers on one erasure do no harm.
/// </remarks>
public sealed class RequestErasure(IPersonCircles circles, IErasureLog erasures, IErasureQueue queue, TimeProvider time)
{
    public async Task<Result<ErasureProgress>> ExecuteAsync(Caller caller, PersonId? asked = null, CancellationToken cancellationToken = default)
    {
        if (asked is { } other && other != caller.Id)
        {
            return Error.Forbidden("privacy.ownDataOnly");
        }

        var (tenant, person) = (caller.Tenant, caller.Id);
        var log = await erasures.FindAsync(tenant, person, cancellationToken).ConfigureAwait(false);
        var current = await circles.ListAsync(tenant, person, cancellationToken).ConfigureAwait(false);
        if (log is { Done: true } && current.Count == 0)
        {
            return Error.Conflict(EraseMyData.AlreadyErased);
        }

        if (log is not { Done: false })
        {
            // The worker adds the directory's copy of their name and email before it erases anything (EraseMyData).
            await erasures.StartAsync(tenant, person, current, [], time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }

        await queue.EnqueueAsync(tenant, person, cancellationToken).ConfigureAwait(false);
        return log is { Done: false } running ? running.Progress : new ErasureProgress(0, current.Count);
    }
}
