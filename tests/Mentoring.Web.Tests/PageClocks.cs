using Microsoft.Playwright;

namespace Mentoring.Web.Tests;

/// <summary>
/// The pages' side of the fixture's clock: every browser context's <c>Date</c> (and <c>Intl.DateTimeFormat().format()</c>) reads
/// the host's instant, in every frame, the tab pages in the Teams and Outlook clients included (Playwright installs its clock
/// for the whole context: https://playwright.dev/dotnet/docs/api/class-clock).
/// <para>
/// Fixed time, as the host's FakeTimeProvider: Playwright's <c>SetFixedTime</c> makes <c>Date.now()</c> and <c>new Date()</c>
/// return that instant "at all times, keeps all the timers running" (https://playwright.dev/dotnet/docs/clock), so polling,
/// retries and the pane's adoption retries run at the machine's pace as the product's delays do on the host. Not
/// <c>PauseAt</c> or <c>Install</c> with paused time: they stop the pages' timers until a test moves the clock by hand.
/// </para>
/// </summary>
internal sealed class PageClocks
{
    private readonly Lock _gate = new();
    private readonly List<IBrowserContext> _open = [];

    /// <summary>Puts a new context on <paramref name="now"/> before it loads anything, and keeps it on the host's clock until it closes.</summary>
    public async Task FollowAsync(IBrowserContext context, DateTimeOffset now)
    {
        await context.Clock.SetFixedTimeAsync(now.UtcDateTime);
        lock (_gate)
            _open.Add(context);
        context.Close += (_, _) =>
        {
            lock (_gate)
                _open.Remove(context);
        };
    }

    /// <summary>Every open context to <paramref name="now"/> (after the host's clock moved).</summary>
    public async Task SetAsync(DateTimeOffset now)
    {
        IBrowserContext[] open;
        lock (_gate)
            open = [.. _open];
        foreach (var context in open)
            await context.Clock.SetFixedTimeAsync(now.UtcDateTime);
    }

    /// <summary>Closes every open context (their pages with them).</summary>
    public async Task CloseAllAsync()
    {
        IBrowserContext[] open;
        lock (_gate)
            open = [.. _open];
        foreach (var context in open)
            await context.CloseAsync();
    }
}
