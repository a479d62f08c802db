using Mentoring.Core.Scheduling;

namespace Mentoring.Graph.Tests;

internal static class Occurrences
{
    /// <summary>The series' occurrences over a window a day wider than the cadence's whole expansion.</summary>
    public static async Task<IReadOnlyList<Occurrence>> AllAsync(ICalendarGateway gateway, string seriesId, Cadence cadence)
    {
        var slots = cadence.Expand();
        var result = await gateway.ListOccurrencesAsync(
            GraphFixture.Contoso, Series.Organizer, seriesId, slots[0].Start.AddDays(-1), slots[^1].End.AddYears(1));
        Assert.True(result.IsSuccess, string.Join(", ", result.Errors));
        return result.Value;
    }
}
