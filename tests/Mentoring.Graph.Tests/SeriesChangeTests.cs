using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;

namespace Mentoring.Graph.Tests;

/// <summary>What happens to a series after creation: moved in Outlook, one session cancelled, a new cadence, an early end.</summary>
[Collection(GraphCollection.Name)]
public sealed class SeriesChangeTests(GraphFixture fixture)
{
    private ICalendarGateway Gateway => fixture.Gateway;

    [Fact]
    public async Task An_occurrence_moved_in_Outlook_keeps_its_original_start()
    {
        var cadence = Series.Biweekly();
        var series = ResultAssert.Ok(await Gateway.CreateSeriesAsync(Series.Request(cadence)));
        var third = (await Occurrences.AllAsync(Gateway, series.SeriesMasterId, cadence))[2];

        // As Outlook does it: PATCH the occurrence id with a new start and end, here one hour later.
        await fixture.GraphAsync(HttpMethod.Patch, $"users/{Series.Camille.Id}/events/{third.OccurrenceId}", """
            { "start": { "dateTime": "2027-04-08T19:00:00", "timeZone": "Europe/Paris" },
              "end": { "dateTime": "2027-04-08T20:00:00", "timeZone": "Europe/Paris" } }
            """);
        var after = await Occurrences.AllAsync(Gateway, series.SeriesMasterId, cadence);

        var moved = Assert.Single(after, o => o.IsMoved);
        Assert.Equal(third.OccurrenceId, moved.OccurrenceId);
        Assert.Equal(third.Start, moved.OriginalStart);
        Assert.Equal(new DateTimeOffset(2027, 4, 8, 19, 0, 0, TimeSpan.FromHours(2)), moved.Start);
        Assert.Equal(moved.Start.AddHours(1), moved.End);
        Assert.Equal(20, after.Count);
    }

    [Fact]
    public async Task A_cancelled_occurrence_is_absent()
    {
        var cadence = Series.Biweekly();
        var series = ResultAssert.Ok(await Gateway.CreateSeriesAsync(Series.Request(cadence)));
        var second = (await Occurrences.AllAsync(Gateway, series.SeriesMasterId, cadence))[1];

        ResultAssert.Ok(await Gateway.CancelOccurrenceAsync(GraphFixture.Contoso, Series.Organizer, second.OccurrenceId, "Férié"));
        var after = await Occurrences.AllAsync(Gateway, series.SeriesMasterId, cadence);

        Assert.Equal(19, after.Count);
        Assert.DoesNotContain(after, o => o.OccurrenceId == second.OccurrenceId || o.OriginalStart == second.OriginalStart);
    }

    [Fact]
    public async Task New_attendees_on_the_master_are_one_request_and_every_occurrence_follows_in_their_calendars()
    {
        var cadence = Series.Biweekly();
        var series = ResultAssert.Ok(await Gateway.CreateSeriesAsync(Series.Request(cadence)));
        var emilie = new Attendee(new PersonId(Series.Emilie.Id), Series.Emilie.DisplayName, Series.Emilie.UserPrincipalName);

        var hugo = new Attendee(new PersonId(Series.Hugo.Id), Series.Hugo.DisplayName, Series.Hugo.UserPrincipalName);

        ResultAssert.Ok(await Gateway.UpdateAttendeesAsync(GraphFixture.Contoso, Series.Organizer, series.SeriesMasterId, new AttendeeChange([emilie], [hugo])));

        // Émilie now has the series (all its occurrences) in her calendar, as her own copy (own id, same iCalUId: each mailbox
        // has its own item in Exchange); Hugo, no longer invited, has no copy.
        var master = await fixture.GraphAsync(HttpMethod.Get, $"users/{Series.Camille.Id}/events/{series.SeriesMasterId}");
        Assert.Equal([Series.Emilie.UserPrincipalName], master.GetProperty("attendees").EnumerateArray().Select(a => a.GetProperty("emailAddress").GetProperty("address").GetString()));
        var uid = master.GetProperty("iCalUId").GetString();
        var emiliesCopy = (await fixture.GraphAsync(HttpMethod.Get, $"users/{Series.Emilie.Id}/events")).GetProperty("value").EnumerateArray()
            .Single(e => e.GetProperty("iCalUId").GetString() == uid).GetProperty("id").GetString();
        var emiliesInstances = await fixture.GraphAsync(HttpMethod.Get, $"users/{Series.Emilie.Id}/events/{emiliesCopy}/instances?startDateTime=2027-01-01T00:00:00Z&endDateTime=2028-01-01T00:00:00Z&$top=50");
        Assert.Equal(20, emiliesInstances.GetProperty("value").GetArrayLength());
        var hugos = await fixture.GraphAsync(HttpMethod.Get, $"users/{Series.Hugo.Id}/events");
        Assert.DoesNotContain(hugos.GetProperty("value").EnumerateArray(), e => e.GetProperty("iCalUId").GetString() == uid);
    }

    [Fact]
    public async Task A_new_cadence_replaces_the_sessions()
    {
        var series = ResultAssert.Ok(await Gateway.CreateSeriesAsync(Series.Request(Series.Biweekly())));
        var monthly = new Cadence(new MonthlyOnWeekdayPattern(1, WeekOfMonth.First, DayOfWeek.Tuesday), new DateOnly(2027, 6, 1),
            new TimeOnly(12, 0), TimeSpan.FromMinutes(60), "Europe/Paris", new NumberedRange(6));

        ResultAssert.Ok(await Gateway.UpdateCadenceAsync(GraphFixture.Contoso, Series.Organizer, series.SeriesMasterId, monthly));
        var after = await Occurrences.AllAsync(Gateway, series.SeriesMasterId, Series.Biweekly());

        Assert.Equal(monthly.Expand().Select(s => (s.Start, s.End)), after.Select(o => (o.Start, o.End)));
    }

    [Fact]
    public async Task Ending_a_series_removes_the_later_sessions_only()
    {
        var cadence = Series.Biweekly();
        var series = ResultAssert.Ok(await Gateway.CreateSeriesAsync(Series.Request(cadence)));
        var lastDate = cadence.Expand()[4].OriginalLocalDate;

        ResultAssert.Ok(await Gateway.EndSeriesAsync(GraphFixture.Contoso, Series.Organizer, series.SeriesMasterId, cadence, lastDate));
        var after = await Occurrences.AllAsync(Gateway, series.SeriesMasterId, cadence);

        Assert.Equal(cadence.Expand().Take(5).Select(s => s.Start), after.Select(o => o.Start));
    }

    [Fact]
    public async Task Ending_a_series_after_its_own_end_changes_nothing()
    {
        var cadence = Series.Biweekly(count: 3);
        var series = ResultAssert.Ok(await Gateway.CreateSeriesAsync(Series.Request(cadence)));

        ResultAssert.Ok(await Gateway.EndSeriesAsync(GraphFixture.Contoso, Series.Organizer, series.SeriesMasterId, cadence, new DateOnly(2028, 1, 1)));

        Assert.Equal(3, (await Occurrences.AllAsync(Gateway, series.SeriesMasterId, cadence)).Count);
    }

    [Fact]
    public async Task Ending_a_series_before_it_starts_cancels_it()
    {
        var cadence = Series.Biweekly();
        var series = ResultAssert.Ok(await Gateway.CreateSeriesAsync(Series.Request(cadence)));

        ResultAssert.Ok(await Gateway.EndSeriesAsync(GraphFixture.Contoso, Series.Organizer, series.SeriesMasterId, cadence, cadence.FirstDate.AddDays(-1)));
        var after = await Gateway.ListOccurrencesAsync(GraphFixture.Contoso, Series.Organizer, series.SeriesMasterId,
            DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddYears(100));

        Assert.Equal(ErrorKind.NotFound, Assert.Single(after.Errors).Kind);
    }

    [Fact]
    public async Task An_unknown_series_is_not_found()
    {
        var result = await Gateway.UpdateCadenceAsync(GraphFixture.Contoso, Series.Organizer, "AAMkAGVtdWxhdG9yUNKNOWN", Series.Biweekly());

        Assert.Equal(Error.NotFound("calendar.eventNotFound"), Assert.Single(result.Errors));
    }
}
