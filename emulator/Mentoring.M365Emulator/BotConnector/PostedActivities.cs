namespace Mentoring.M365Emulator.BotConnector;

/// <summary>What Teams posted to bots on its own, in order, with a way for tests to wait until one was answered.</summary>
public sealed class PostedActivities
{
    private readonly Lock _gate = new();
    private readonly List<PostedActivity> _posted = [];
    private readonly List<(Func<PostedActivity, bool> Match, TaskCompletionSource<PostedActivity> Done)> _waiters = [];

    public IReadOnlyList<PostedActivity> All
    {
        get
        {
            lock (_gate)
                return [.. _posted];
        }
    }

    /// <summary>How many activities were posted so far: a mark to pass as <c>after</c>.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
                return _posted.Count;
        }
    }

    /// <summary>
    /// The first activity of <paramref name="type"/> for the person, posted after the first <paramref name="after"/> ones, once the
    /// bot answered it (already, or when it happens).
    /// </summary>
    public Task<PostedActivity> WhenAnsweredAsync(Guid userId, string type, string? action = null, int after = 0, CancellationToken cancellationToken = default)
    {
        bool Match(PostedActivity a) => a.UserId == userId && a.Type == type && (action is null || a.Action == action);
        lock (_gate)
        {
            if (_posted.Skip(after).FirstOrDefault(Match) is { } done)
                return Task.FromResult(done);
            var waiter = new TaskCompletionSource<PostedActivity>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((Match, waiter));
            cancellationToken.Register(() => waiter.TrySetCanceled(cancellationToken));
            return waiter.Task;
        }
    }

    internal void Add(PostedActivity activity)
    {
        List<TaskCompletionSource<PostedActivity>> woken;
        lock (_gate)
        {
            _posted.Add(activity);
            woken = [.. _waiters.Where(w => w.Match(activity)).Select(w => w.Done)];
            _waiters.RemoveAll(w => w.Match(activity));
        }

        foreach (var waiter in woken)
            waiter.TrySetResult(activity);
    }

    internal void Clear()
    {
        lock (_gate)
            _posted.Clear();
    }
}
