using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Mentoring.Benchmarks.Codev;

/// <summary>One attendee's side panel: its two polls, every request it made by purpose, when it saw the phase change.</summary>
internal sealed class CodevAttendee(HttpClient api, string state, string agenda)
{
    private readonly List<(string Phase, long At)> changes = [];
    private readonly object gate = new();
    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? etag;
    private string? shown;

    public ConcurrentBag<string> Requests { get; } = [];

    public TaskCompletionSource FirstSeen { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task RunAsync(TimeSpan joinAfter, CancellationToken stop)
    {
        try
        {
            await Task.Delay(joinAfter, stop);
            using var timer = new PeriodicTimer(CodevBenchmark.StatePoll);
            var lastAgenda = -1L;
            do
            {
                await PollStateAsync(stop);
                if (lastAgenda < 0 || Stopwatch.GetElapsedTime(lastAgenda) >= CodevBenchmark.AgendaPoll - TimeSpan.FromMilliseconds(50))
                {
                    lastAgenda = Stopwatch.GetTimestamp();
                    using var read = await api.GetAsync(agenda, stop);
                    Requests.Add($"GET …/agenda (the agenda, every 3 s) {(int)read.StatusCode}");
                }
            }
            while (await timer.WaitForNextTickAsync(stop));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    /// <summary>Milliseconds from <paramref name="sent"/> to this attendee's first answer showing <paramref name="phase"/> after it.</summary>
    /// <remarks>Two changes in a row never go to the same phase, so the first change to it answered after the PUT is this one.</remarks>
    public async Task<double> SeenAsync(string phase, long sent)
    {
        while (true)
        {
            Task next;
            lock (gate)
            {
                var hit = changes.FirstOrDefault(c => c.Phase == phase && c.At >= sent);
                if (hit.Phase is not null)
                {
                    return Stopwatch.GetElapsedTime(sent, hit.At).TotalMilliseconds;
                }

                next = changed.Task;
            }

            await next;
        }
    }

    private async Task PollStateAsync(CancellationToken stop)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, state);
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        using var response = await api.SendAsync(request, stop);
        var at = Stopwatch.GetTimestamp();
        Requests.Add($"GET …/codev (the phase and its end time, every 1 s) {(int)response.StatusCode}");
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return;
        }

        etag = response.Headers.ETag?.ToString();
        var phase = (await response.Content.ReadFromJsonAsync<JsonObject>(stop))!["phase"]!.GetValue<string>();
        FirstSeen.TrySetResult();
        if (phase == shown)
        {
            return;
        }

        shown = phase;
        lock (gate)
        {
            changes.Add((phase, at));
            changed.TrySetResult();
            changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }
}
