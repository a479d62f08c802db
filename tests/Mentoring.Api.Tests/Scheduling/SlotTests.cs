using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mentoring.M365Emulator;

namespace Mentoring.Api.Tests.Scheduling;

/// <summary>Proposed times fit every member's own working hours in their own time zone, and their calendars.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class SlotTests(LocalHostFixture fixture)
{
    [Fact]
    public async Task Three_slots_are_proposed_inside_the_working_hours_of_a_member_in_toronto_and_of_the_members_in_paris()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var id = (await Circles.CreateAsync(lea, Circles.PeerGroup(Users.Lea, Users.Nicolas, Users.Emilie)))["id"]!.GetValue<string>();

        var slots = (await lea.GetFromJsonAsync<JsonArray>($"circles/{id}/slots"))!;

        Assert.Equal(3, slots.Count);
        foreach (var slot in slots)
        {
            var (start, end) = (slot!["start"]!.GetValue<DateTimeOffset>(), slot["end"]!.GetValue<DateTimeOffset>());
            Assert.Equal(TimeSpan.FromMinutes(60), end - start);
            Assert.All(new[] { Users.Lea, Users.Nicolas, Users.Emilie }, u => Assert.True(IsWithinWorkingHours(u, start, end), $"{start:u} is outside {u.DisplayName}'s hours"));
        }
    }

    [Fact]
    public async Task A_morning_in_paris_is_never_proposed_when_a_member_works_in_toronto()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);
        var id = (await Circles.CreateAsync(lea, Circles.PeerGroup(Users.Lea, Users.Nicolas, Users.Emilie)))["id"]!.GetValue<string>();

        var slots = (await lea.GetFromJsonAsync<JsonArray>($"circles/{id}/slots"))!;

        // Toronto's 09:00 is 15:00 in Paris most of the year but 14:00 in the weeks between the North American and the
        // European DST changes: the bound is computed for each slot's own day, so the test holds whatever the date.
        var (paris, toronto) = (TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"), TimeZoneInfo.FindSystemTimeZoneById(Users.Emilie.TimeZone));
        Assert.NotEmpty(slots);
        Assert.All(slots, s =>
        {
            var start = s!["start"]!.GetValue<DateTimeOffset>();
            var torontoDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(start, toronto).DateTime);
            var torontoMorning = TimeZoneInfo.ConvertTimeToUtc(torontoDay.ToDateTime(Users.Emilie.WorkStart), toronto);
            var parisLocal = TimeZoneInfo.ConvertTime(start, paris).DateTime;
            Assert.True(parisLocal >= TimeZoneInfo.ConvertTimeFromUtc(torontoMorning, paris), $"{start:u} is before Toronto's working day starts");
        });
    }

    private static bool IsWithinWorkingHours(DemoUser user, DateTimeOffset start, DateTimeOffset end)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(user.TimeZone);
        var (localStart, localEnd) = (TimeZoneInfo.ConvertTime(start, zone), TimeZoneInfo.ConvertTime(end, zone));
        return user.WorkDays.Contains(localStart.DayOfWeek) && localStart.Date == localEnd.Date
            && TimeOnly.FromDateTime(localStart.DateTime) >= user.WorkStart && TimeOnly.FromDateTime(localEnd.DateTime) <= user.WorkEnd;
    }
}
