using Mentoring.Core.Commitments;

namespace Mentoring.Core.Tests.Commitments;

/// <summary>« En retard » in my list: only once the due date is over in every time zone (the list does not read each circle's zone).</summary>
public sealed class OverdueTests
{
    [Theory]
    // 12:00 UTC is midnight in UTC−12, the last zone to leave a day: 10 March is over everywhere from then on, not before.
    [InlineData("2027-03-11T12:00:00Z", "2027-03-10")]
    [InlineData("2027-03-11T11:59:59Z", "2027-03-09")]
    // Late evening in Paris (UTC+1): the 11th is over there but not in UTC−12, so a commitment due the 11th is not late yet.
    [InlineData("2027-03-11T23:30:00Z", "2027-03-10")]
    [InlineData("2027-03-12T12:00:00Z", "2027-03-11")]
    public void A_date_is_over_everywhere_once_it_ended_in_UTC_minus_12(string now, string lastEnded) =>
        Assert.Equal(DateOnly.Parse(lastEnded, System.Globalization.CultureInfo.InvariantCulture),
            ListMyCommitments.LastDayEndedEverywhere(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));
}
