using Mentoring.Core.People;
using Mentoring.Core.Scheduling;
using Mentoring.M365Emulator;

namespace Mentoring.Graph.Tests;

/// <summary>Attendee changes are applied to what the series has, written with its ETag: none lost when two race, guests kept.</summary>
[Collection(GraphCollection.Name)]
public sealed class SeriesAttendeesTests(GraphFixture fixture)
{
    private ICalendarGateway Gateway => fixture.Gateway;

    [Fact]
    public async Task Two_attendees_added_at_the_same_moment_are_both_invited()
    {
        var series = ResultAssert.Ok(await Gateway.CreateSeriesAsync(Series.Request(Series.Biweekly())));

        // Every request waits before it is handled, so both changes read the attendees before either writes them: the
        // second write's ETag is stale (412) and it reads again. Without If-Match the second write would drop the first's.
        fixture.Emulator.Faults.Configure(new FaultSettings(LatencyMs: 400));
        Core.Common.Result<Core.Common.Unit>[] results;
        try
        {
            results = await Task.WhenAll(
                Gateway.UpdateAttendeesAsync(GraphFixture.Contoso, Series.Organizer, series.SeriesMasterId, Adding(Series.Hugo, Series.Emilie)),
                Gateway.UpdateAttendeesAsync(GraphFixture.Contoso, Series.Organizer, series.SeriesMasterId, Adding(Series.Hugo, Ines)));
        }
        finally
        {
            fixture.Emulator.Faults.Reset();
        }

        Assert.All(results, r => ResultAssert.Ok(r));
        Assert.Equal(Emails(Series.Hugo, Series.Emilie, Ines), await AttendeesAsync(series.SeriesMasterId));
    }

    [Fact]
    public async Task Removing_a_member_removes_only_them_and_keeps_a_guest_invited_in_Outlook()
    {
        var series = ResultAssert.Ok(await Gateway.CreateSeriesAsync(Series.Request(Series.Biweekly(), null, Series.Hugo, Series.Emilie)));
        await fixture.GraphAsync(HttpMethod.Patch, $"users/{Series.Camille.Id}/events/{series.SeriesMasterId}", $$"""
            { "attendees": [
                { "type": "required", "emailAddress": { "address": "{{Series.Hugo.UserPrincipalName}}" } },
                { "type": "required", "emailAddress": { "address": "{{Series.Emilie.UserPrincipalName}}" } },
                { "type": "optional", "emailAddress": { "address": "coach@partenaire.example", "name": "Coach" } } ] }
            """);

        var change = new AttendeeChange([Attendee(Series.Hugo)], [Attendee(Series.Emilie)]);
        ResultAssert.Ok(await Gateway.UpdateAttendeesAsync(GraphFixture.Contoso, Series.Organizer, series.SeriesMasterId, change));

        Assert.Equal(["coach@partenaire.example", Series.Hugo.UserPrincipalName], await AttendeesAsync(series.SeriesMasterId));
    }

    [Fact]
    public async Task A_change_the_series_already_has_writes_nothing()
    {
        var series = ResultAssert.Ok(await Gateway.CreateSeriesAsync(Series.Request(Series.Biweekly())));
        var before = fixture.Emulator.Log.Entries.Count;

        ResultAssert.Ok(await Gateway.UpdateAttendeesAsync(GraphFixture.Contoso, Series.Organizer, series.SeriesMasterId, Adding(Series.Hugo)));

        Assert.DoesNotContain(fixture.Emulator.Log.Entries.Skip(before), e => e.Method == "PATCH");
    }

    private static DemoUser Ines => DemoDirectory.Find("ines.moreau@contoso.example")!;

    private static Attendee Attendee(DemoUser user) => new(new PersonId(user.Id), user.DisplayName, user.UserPrincipalName);

    private static AttendeeChange Adding(params DemoUser[] users) => new([.. users.Select(Attendee)], []);

    private static string[] Emails(params DemoUser[] users) => [.. users.Select(u => u.UserPrincipalName).Order(StringComparer.Ordinal)];

    private async Task<string[]> AttendeesAsync(string masterId)
    {
        var master = await fixture.GraphAsync(HttpMethod.Get, $"users/{Series.Camille.Id}/events/{masterId}");
        return [.. master.GetProperty("attendees").EnumerateArray().Select(a => a.GetProperty("emailAddress").GetProperty("address").GetString()!).Order(StringComparer.Ordinal)];
    }
}
