using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Privacy;

/// <summary>Use cases: a person reads their privacy status, pauses everything and resumes.</summary>
public sealed class MyPrivacy(IPersonPause pauses, IErasureLog erasures, TimeProvider time)
{
    public async Task<PrivacyStatus> StatusAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        var paused = await pauses.IsPausedAsync(caller.Tenant, caller.Id, cancellationToken).ConfigureAwait(false);
        var erasure = await erasures.FindAsync(caller.Tenant, caller.Id, cancellationToken).ConfigureAwait(false);
        return new PrivacyStatus(paused, erasure switch { null => "none", { Done: false } => "running", _ => "done" }, erasure is { Done: false } ? erasure.Progress : null);
    }

    /// <summary>Pauses (true) or resumes (false) everything; saying neither is a 400 on <c>paused</c>.</summary>
    public async Task<Result<PrivacyStatus>> SetPauseAsync(Caller caller, bool? paused, CancellationToken cancellationToken = default)
    {
        if (paused is not { } value)
        {
            return Error.Invalid("paused", "required");
        }

        await pauses.SetAsync(caller.Tenant, caller.Id, value, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return await StatusAsync(caller, cancellationToken).ConfigureAwait(false);
    }
}
