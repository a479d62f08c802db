using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.Core.Agendas;
using Mentoring.Core.Attendance;
using Mentoring.Core.Circles;
using Mentoring.Core.Delivery;
using Mentoring.M365Emulator;
using Microsoft.Extensions.DependencyInjection;
using static Mentoring.Api.Tests.FollowUps.FollowUpHostFixture;

namespace Mentoring.Api.Tests.FollowUps;

/// <summary>A reading Graph failed is read again by the dispatch timer, with a growing delay, and given up after a bounded number.</summary>
public sealed partial class AttendanceTests
{
    [Fact]
    public async Task A_reading_Graph_failed_is_made_again_by_the_dispatch_timer_once_due_and_never_after_it_is_recorded()
    {
        var s = await GroupAsync([Users.Lea, Users.Nicolas, Users.Chloe], (meeting, start) =>
        {
            At(start.AddMinutes(5), () => fixture.Host.Emulator.Meetings.Join(meeting, Users.Chloe));
            At(start.AddMinutes(45), () => fixture.Host.Emulator.Meetings.Leave(meeting, Users.Chloe));
        });

        fixture.Host.Emulator.Faults.Configure(new FaultSettings(FailureRate: 1, Statuses: [503], RetryAfterSeconds: 0));
        AttendanceRetry? afterFanOut, afterSecondRead;
        int readsBeforeDue;
        try
        {
            await FanOutFollowUpsAsync(s);
            afterFanOut = await RetryOfAsync(s);

            // Before the retry is due, the timer reads nothing; once due, a reading Graph fails again is put off twice as long.
            var before = MeetingRequests();
            fixture.Clock.Advance(AttendanceRetry.FirstDelay - TimeSpan.FromMinutes(1));
            await RereadAsync();
            readsBeforeDue = MeetingRequests() - before;
            fixture.Clock.Advance(TimeSpan.FromMinutes(2));
            await RereadAsync();
            afterSecondRead = await RetryOfAsync(s);
        }
        finally
        {
            fixture.Host.Emulator.Faults.Reset();
        }

        var whileFailing = await BoardAsync(s);
        fixture.Clock.Advance(AttendanceRetry.FirstDelay * 2);
        await RereadAsync();
        var recorded = await BoardAsync(s);
        var afterRecord = MeetingRequests();
        fixture.Clock.Advance(TimeSpan.FromHours(12));
        await RereadAsync();

        Assert.Equal(1, afterFanOut?.Reads);
        Assert.Equal(0, readsBeforeDue);
        Assert.Equal(2, afterSecondRead?.Reads);
        Assert.Empty(whileFailing.Attendance);
        var attendance = Assert.Single(recorded.Attendance);
        Assert.Equal((AttendanceSource.Teams, 40 * 60), (attendance.Source, attendance.SecondsOf(IdOf(Users.Chloe))));
        Assert.Null(await RetryOfAsync(s));
        Assert.Equal(afterRecord, MeetingRequests());
    }

    [Fact]
    public async Task A_reading_Graph_keeps_failing_is_given_up_after_a_bounded_number_of_readings()
    {
        var s = await GroupAsync([Users.Lea, Users.Nicolas, Users.Chloe], (_, _) => { });
        fixture.Host.Emulator.Faults.Configure(new FaultSettings(FailureRate: 1, Statuses: [503], RetryAfterSeconds: 0));
        var reads = new List<int?>();
        try
        {
            await FanOutFollowUpsAsync(s);
            for (var run = 0; run < AttendanceRetry.MaxReads; run++)
            {
                reads.Add((await RetryOfAsync(s))?.Reads);
                fixture.Clock.Advance(TimeSpan.FromHours(5));
                await RereadAsync();
            }
        }
        finally
        {
            fixture.Host.Emulator.Faults.Reset();
        }

        var after = MeetingRequests();
        fixture.Clock.Advance(TimeSpan.FromHours(5));
        await RereadAsync();

        Assert.Equal([1, 2, 3, 4, 5, null], reads);
        Assert.Null(await RetryOfAsync(s));
        Assert.Equal(after, MeetingRequests());
        Assert.Empty((await BoardAsync(s)).Attendance);
    }

    private Task RereadAsync() => fixture.Host.Services.GetRequiredService<RereadAttendance>().ExecuteAsync();

    private async Task<AttendanceRetry?> RetryOfAsync(Scenario s)
    {
        await foreach (var watched in fixture.Host.Services.GetRequiredService<IDispatchedSessions>().ListAsync())
        {
            if (watched.Session is { Kind: CardKind.FollowUp } due && due.Circle == s.Circle && due.SessionId == s.Session)
            {
                return watched.Attendance;
            }
        }

        return null;
    }

    /// <summary>Graph requests on online meetings (the lookup by join URL comes first in every reading).</summary>
    private int MeetingRequests() => fixture.Host.Emulator.Log.Entries.Count(e => e.PathAndQuery.Contains("/onlineMeetings", StringComparison.Ordinal));
}
