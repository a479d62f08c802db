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
/// its due leavers erased.
/// </remarks>
public sealed class EraseLeavers(
    IDirectoryChanges directory, ILeaverLog log, IPersonDirectory people, EraseMyData erase, LeaverSettings settings, TimeProvider time)
{
    public async Task<LeaverRun> ExecuteAsync(IReadOnlyList<TenantId> tenants, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenants);
        var run = LeaverRun.None;
        foreach (var tenant in tenants)
        {
            run = run.Add(await NoticeAsync(tenant, cancellationToken).ConfigureAwait(false));
            run = run.Add(await EraseDueAsync(tenant, cancellationToken).ConfigureAwait(false));
        }

        return run;
    }

    private async Task<LeaverRun> NoticeAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var link = await log.FindLinkAsync(tenant, cancellationToken).ConfigureAwait(false);
        var delta = await directory.ReadAsync(tenant, link, cancellationToken).ConfigureAwait(false);
        if (!delta.IsSuccess)
        {
            return LeaverRun.None;
        }

        var changes = delta.Value.Changes;
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

    private async Task<LeaverRun> EraseDueAsync(TenantId tenant, CancellationToken cancellationToken)
    {
        var (erased, postponed) = (0, 0);
        var due = await log.DueAsync(tenant, time.GetUtcNow() - settings.GracePeriod, cancellationToken).ConfigureAwait(false);
        foreach (var leaver in due)
        {
            // The person is gone: the use case acts for them, with the name their stored copy still gives every store.
            var result = await erase.ExecuteAsync(tenant, leaver.Person, cancellationToken).ConfigureAwait(false);
            if (!result.IsSuccess && result.Errors[0].Code != EraseMyData.AlreadyErased)
            {
                postponed++;
                continue;
            }

            await log.ForgetAsync(tenant, leaver.Person, cancellationToken).ConfigureAwait(false);
            erased++;
        }

        return new LeaverRun(0, 0, erased, postponed);
    }
}
