using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Privacy.Leavers;

/// <summary>
/// Use case (daily timer): a person deleted from the directory is erased once <see cref="LeaverSettings.GracePeriod"/> has
/// passed since the product noticed, exactly as if they had asked (<see cref="EraseMyData"/>); restored before, nothing changes.
/// </summary>
/// <remarks>
/// Per tenant, the directory's changes are read from the link stored by the last run; the link moves on only after every change
/// is recorded, so a crash reads the same changes again (recording is idempotent). Only people the product met (its copy of the
/// directory knows them) are recorded: a stranger has no data here. The erasure itself is resumable and idempotent; one that
/// fails (calendar down) keeps its leaver for the next run, and the others go on. A tenant whose directory is down still has
/// its due leavers erased. Each tenant's notice and each leaver's erasure is isolated as the scheduling timer isolates its
/// circles: one that throws is reported (<see cref="ITimerFailureLog"/>, ids only), keeps its leaver for the next run, and the
/// others go on. An expired link (<see cref="DirectoryDelta.Resynced"/>) means a full read: everyone the product knows who is not
/// on the directory's current list is a leaver, so nobody who left during the gap is missed.
/// </remarks>
public sealed class EraseLeavers(
    IDirectoryChanges directory, ILeaverLog log, IPersonDirectory people, EraseMyData erase, LeaverSettings settings, ITimerFailureLog failures, TimeProvider time)
{
    private const string Timer = "LeaversTimer";

    public async Task<LeaverRun> ExecuteAsync(IReadOnlyList<TenantId> tenants, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenants);
        var run = LeaverRun.None;
        foreach (var tenant in tenants)
        {
            run = run.Add(await IsolatedAsync($"notice {tenant}", () => NoticeAsync(tenant, cancellationToken), cancellationToken).ConfigureAwait(false));
            run = run.Add(await EraseDueAsync(tenant, cancellationToken).ConfigureAwait(false));
        }

        return run;
    }

    /// <summary>The isolation boundary: a step that throws is reported with ids only and counts as postponed.</summary>
    private async Task<LeaverRun> IsolatedAsync(string step, Func<Task<LeaverRun>> work, CancellationToken cancellationToken)
    {
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            failures.StepCrashed(Timer, step, e);
            return new LeaverRun(0, 0, 0, 1);
        }
    }

    private async Task<LeaverRun> NoticeAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var link = await log.FindLinkAsync(tenant, cancellationToken).ConfigureAwait(false);
        var delta = await directory.ReadAsync(tenant, link, cancellationToken).ConfigureAwait(false);
        if (!delta.IsSuccess)
        {
            return LeaverRun.None;
        }

        var changes = delta.Value.Resynced ? await WithAbsentAsync(tenant, delta.Value.Changes, cancellationToken).ConfigureAwait(false) : delta.Value.Changes;
        var pending = (await log.DueAsync(tenant, DateTimeOffset.MaxValue, cancellationToken).ConfigureAwait(false)).Select(l => l.Person).ToHashSet();
        PersonId[] removed = [.. changes.Where(c => c.Removed).Select(c => c.Person)];
        var met = removed.Length == 0 ? [] : (await people.FindAsync(tenant, removed, cancellationToken).ConfigureAwait(false)).Select(p => p.Id).ToHashSet();
        var now = time.GetUtcNow();
        var (noticed, restored) = (0, 0);
        foreach (var change in changes)
        {
            if (change.Removed && met.Contains(change.Person))
            {
                await log.NoteLeftAsync(tenant, change.Person, now, cancellationToken).ConfigureAwait(false);
                noticed++;
            }
            else if (!change.Removed && pending.Contains(change.Person))
            {
                await log.ForgetAsync(tenant, change.Person, cancellationToken).ConfigureAwait(false);
                restored++;
            }
        }

        await log.SaveLinkAsync(tenant, delta.Value.NextLink, cancellationToken).ConfigureAwait(false);
        return new LeaverRun(noticed, restored, 0, 0);
    }

    /// <summary>After a full read: the people the product knows who are not on the directory's list, as removed.</summary>
    private async Task<IReadOnlyList<DirectoryChange>> WithAbsentAsync(TenantId tenant, IReadOnlyList<DirectoryChange> present, CancellationToken cancellationToken)
    {
        var listed = present.Select(c => c.Person).ToHashSet();
        var known = await people.ListIdsAsync(tenant, cancellationToken).ConfigureAwait(false);
        return [.. present, .. known.Where(p => !listed.Contains(p)).Select(p => new DirectoryChange(p, Removed: true))];
    }

    private async Task<LeaverRun> EraseDueAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var run = LeaverRun.None;
        var due = await log.DueAsync(tenant, time.GetUtcNow() - settings.GracePeriod, cancellationToken).ConfigureAwait(false);
        foreach (var leaver in due)
        {
            run = run.Add(await IsolatedAsync($"erase {tenant}/{leaver.Person}", () => EraseAsync(tenant, leaver.Person, cancellationToken), cancellationToken).ConfigureAwait(false));
        }

        return run;
    }

    private async Task<LeaverRun> EraseAsync(TenantId tenant, PersonId person, CancellationToken cancellationToken)
    {
        // The person is gone: the use case acts for them, with the name their stored copy still gives every store.
        var result = await erase.ExecuteAsync(tenant, person, cancellationToken).ConfigureAwait(false);
        if (!result.IsSuccess && result.Errors[0].Code != EraseMyData.AlreadyErased)
        {
            return new LeaverRun(0, 0, 0, 1);
        }

        await log.ForgetAsync(tenant, person, cancellationToken).ConfigureAwait(false);
        return new LeaverRun(0, 0, 1, 0);
    }
}
