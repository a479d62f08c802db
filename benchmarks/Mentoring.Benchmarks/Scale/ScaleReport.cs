using Mentoring.Core.Scheduling.Notifications;

namespace Mentoring.Benchmarks.Scale;

/// <summary>Prints the scale benchmark: measured at the circles built, then computed for 10,000 circles and 2,000 organizers.</summary>
internal static class ScaleReport
{
    private const int TargetCircles = 10_000;
    private const int TargetOrganizers = 2_000;

    public static void Print(ScaleResult r, string tablePrefix)
    {
        Console.WriteLine();
        Console.WriteLine($"== Issue 22.6: {r.Circles} scheduled peer groups, {r.Organizers} organizers (built through the API in {r.Build.TotalSeconds:0} s), {r.Subscriptions} mailbox subscriptions; load average {r.Load.Before} at the start, {r.Load.After} at the end ==");

        var visits = MasterReads(r.QuietHour);
        var graphPerVisit = visits == 0 ? 0 : (double)Reconciliation(r.QuietHour) / visits;
        Console.WriteLine($"  quiet hour (4 scheduling timer runs, 1 renewal run, nothing changed): {r.QuietHour.Graph.Count} Graph requests, {r.QuietHour.Storage.Count} Table requests");
        Print("    Graph", r.QuietHour.Graph.GroupBy(e => PathShape.Of(e.Method, e.PathAndQuery)).Select(g => (g.Key, g.Count())));
        Print("    Table", r.QuietHour.Storage.GroupBy(s => StorageShape.Of(s, tablePrefix)).Select(g => (g.Key, g.Count())));
        Console.WriteLine($"    reconciliation: {visits} circles visited (page {r.Page} per run), {graphPerVisit:0.00} Graph requests per visit");

        var renewed = r.Renewal.Graph.Count(e => e.Method == "PATCH" && e.PathAndQuery.Contains("/subscriptions/", StringComparison.Ordinal));
        var graphPerRenewal = renewed == 0 ? 0 : (double)r.Renewal.Graph.Count / renewed;
        var tablePerRenewal = renewed == 0 ? 0 : (double)r.Renewal.Storage.Count / renewed;
        Console.WriteLine($"  renewal round 5 days later: {renewed} subscriptions renewed, {graphPerRenewal:0.00} Graph and {tablePerRenewal:0.00} Table requests per renewal");

        // A subscription is renewed at the first hourly run within RenewWithin of its expiry, to now + its lifetime.
        var renewalPeriod = MailboxSubscription.Lifetime - MailboxSubscription.RenewWithin;
        var renewalsPerHour = TargetOrganizers / renewalPeriod.TotalHours;
        var visitsPerHour = 4 * r.PageAt10000;
        Console.WriteLine($"  per hour at this size: {Reconciliation(r.QuietHour)} reconciliation Graph requests (goal: 1/24 of a pass = {r.Circles / 24.0 * graphPerVisit:0});"
            + $" renewals, steady state: {r.Organizers} subscriptions every {renewalPeriod.TotalHours:0.0} h = {r.Organizers / renewalPeriod.TotalHours:0.0}/h x {graphPerRenewal:0.00} = {r.Organizers / renewalPeriod.TotalHours * graphPerRenewal:0.0} Graph requests/h;"
            + $" total {Reconciliation(r.QuietHour) + r.Organizers / renewalPeriod.TotalHours * graphPerRenewal:0} Graph requests/h");
        if (r.Circles < TargetCircles)
        {
            Console.WriteLine($"  computed for {TargetCircles:N0} circles, {TargetOrganizers:N0} organizers: reconciliation page {r.PageAt10000} (a pass in {r.RunsPerPass} runs, {r.RunsPerPass / 4.0:0} h),"
                + $" {visitsPerHour} visits/h x {graphPerVisit:0.00} = {visitsPerHour * graphPerVisit:0} Graph requests/h;"
                + $" renewals every {renewalPeriod.TotalHours:0.0} h: {renewalsPerHour:0.0}/h x {graphPerRenewal:0.00} = {renewalsPerHour * graphPerRenewal:0.0} Graph requests/h;"
                + $" total {visitsPerHour * graphPerVisit + renewalsPerHour * graphPerRenewal:0} Graph requests/h");
        }

        if (r.Changes.Count == 0)
        {
            return;
        }

        var delays = r.Changes.Select(c => c.Delay.TotalSeconds).Order().ToArray();
        Console.WriteLine($"  a session moved in Outlook ({r.Changes.Count} moves, one at a time): shown in the session row {r.Changes.Count(c => c.Shown)}/{r.Changes.Count};"
            + $" seconds until then: median {Percentile(delays, 0.5):0.00}, p95 {Percentile(delays, 0.95):0.00}, max {delays[^1]:0.00}");
        Console.WriteLine($"    per change: {r.Changes.Average(c => c.Requests.Graph.Count):0.00} Graph requests, {r.Changes.Average(c => c.Requests.Storage.Count):0.00} Table requests");
        Print("    Graph per change", r.Changes.SelectMany(c => c.Requests.Graph).GroupBy(e => PathShape.Of(e.Method, e.PathAndQuery)).Select(g => (g.Key, g.Count())), r.Changes.Count);
        Print("    Table per change", r.Changes.SelectMany(c => c.Requests.Storage).GroupBy(s => StorageShape.Of(s, tablePrefix)).Select(g => (g.Key, g.Count())), r.Changes.Count);
    }

    /// <summary>The reconciliation reads each visited series' master once.</summary>
    private static int MasterReads(Window w) =>
        w.Graph.Count(e => e.Method == "GET" && PathShape.Of(e.Method, e.PathAndQuery).Split('?')[0].EndsWith("/events/{id}", StringComparison.Ordinal));

    /// <summary>Everything but the subscriptions' own requests (renewals) is the reconciliation's in a quiet hour.</summary>
    private static int Reconciliation(Window w) => w.Graph.Count(e => !e.PathAndQuery.Contains("/subscriptions", StringComparison.Ordinal));

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static void Print(string title, IEnumerable<(string Shape, int Count)> groups, int per = 1)
    {
        foreach (var (shape, count) in groups.OrderByDescending(g => g.Count))
        {
            Console.WriteLine($"{title}: {(double)count / per,8:0.00}  {shape}  ({Purposes.GetValueOrDefault(shape.Split('?')[0], "see the code")})");
        }
    }

    /// <summary>What each request is for, as read in the code paths it comes from (the path's query names dropped).</summary>
    private static readonly Dictionary<string, string> Purposes = new(StringComparer.Ordinal)
    {
        ["GET /v1.0/users/{id}/events/{id}"] = "read the series master",
        ["GET /v1.0/users/{id}/events/{id}/instances"] = "read the series' occurrences",
        ["PATCH /v1.0/subscriptions/{id}"] = "renew a mailbox's subscription",
        ["GET CalendarFollow(point)"] = "a notification's subscription (clientState check), or the reconciliation cursor",
        ["PUT CalendarFollow(point)"] = "the reconciliation cursor moved on",
        ["GET CalendarFollow(query)"] = "renewal: subscriptions expiring within 2 days",
        ["GET ScheduledCircles(query)"] = "timer: the unfinished list and a page of the circle list",
        ["GET ScheduledCircles(point)"] = "the circle's sync mark",
        ["PATCH ScheduledCircles(point) If-Match"] = "claim the sync mark with its ETag (repeats coalesced)",
        ["GET Circles(point)"] = "read the circle",
        ["GET Circles(query)"] = "read its stored sessions",
        ["POST $batch"] = "write the sessions (one transaction)",
        ["PATCH SessionDue(point)"] = "due-session index of the moved session (reminder, follow-up)",
        ["GET Meetings(point)"] = "the sessions' meeting index",
    };
}
