namespace Mentoring.Core.Scheduling.Notifications;

/// <summary>Where the slow reconciliation stands: the last circle visited, and how many circles the last whole pass had.</summary>
/// <param name="After">The last circle visited; null at the start of a pass.</param>
/// <param name="LastPassCount">Circles visited by the last whole pass (0 before the first): sets the page size.</param>
/// <param name="SeenThisPass">Circles visited so far in this pass.</param>
public sealed record ReconciliationCursor(ScheduledCircle? After, int LastPassCount, int SeenThisPass)
{
    public static ReconciliationCursor Start { get; } = new(null, 0, 0);
}

/// <summary>The stored cursor of the reconciliation (one for the deployment).</summary>
public interface IReconciliationCursors
{
    Task<ReconciliationCursor> ReadAsync(CancellationToken cancellationToken = default);

    Task SaveAsync(ReconciliationCursor cursor, CancellationToken cancellationToken = default);
}

/// <summary>How the reconciliation is paced: runs per day it spreads a pass over, the smallest page, and each run's time budget.</summary>
/// <param name="RunsPerPass">
/// A pass is spread over this many runs: 88 runs of the 15-minute timer are 22 hours, so every circle is visited within a day
/// even when the list grows by a tenth during the pass.
/// </param>
public sealed record ReconciliationPacing(int RunsPerPass = 88, int MinPage = 50, TimeSpan? Budget = null)
{
    /// <summary>Stops starting visits after this long: the Functions timeout (5 minutes on Consumption by default) is never reached.</summary>
    public TimeSpan RunBudget => Budget ?? TimeSpan.FromMinutes(3);

    public int PageSize(int lastPassCount) => Math.Max(MinPage, (lastPassCount + RunsPerPass - 1) / RunsPerPass + 1);
}
