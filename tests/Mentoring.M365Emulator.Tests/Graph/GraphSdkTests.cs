using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace Mentoring.M365Emulator.Tests.Graph;

/// <summary>The real Microsoft.Graph SDK (Kiota) reads and writes the emulator's JSON unchanged.</summary>
public sealed class GraphSdkTests(EmulatorFixture fixture) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task The_sdk_creates_a_series_idempotently_and_reads_its_instances()
    {
        var token = await TokenClient.AppTokenAsync(fixture.Http, DemoDirectory.ContosoTenantId);
        using var http = GraphClientFactory.Create();
        using var client = new GraphServiceClient(http, new BaseBearerTokenAuthenticationProvider(new StaticTokenProvider(token)),
            fixture.Emulator.GraphBaseUri.ToString());
        var transactionId = "tx-" + Guid.NewGuid();

        // A new object for the retry: Kiota's backing store serializes only changed values once an object was sent.
        var first = await client.Users[Seeds.Camille.Id.ToString()].Events.PostAsync(NewSeries(transactionId));
        var second = await client.Users[Seeds.Camille.Id.ToString()].Events.PostAsync(NewSeries(transactionId));
        var instances = await client.Users[Seeds.Camille.Id.ToString()].Events[first!.Id].Instances.GetAsync(request =>
        {
            request.QueryParameters.StartDateTime = "2026-03-01T00:00:00Z";
            request.QueryParameters.EndDateTime = "2026-12-31T00:00:00Z";
            request.QueryParameters.Top = 20; // Outlook's pages hold 10 otherwise
            request.Headers.Add("Prefer", "outlook.timezone=\"Europe/Paris\"");
        });

        Assert.Equal(first.Id, second!.Id);
        Assert.Equal(EventType.SeriesMaster, first.Type);
        Assert.StartsWith("https://teams.microsoft.com/", first.OnlineMeeting?.JoinUrl);
        Assert.Equal(new Date(2026, 3, 5), first.Recurrence?.Range?.StartDate);
        Assert.Equal(20, instances!.Value!.Count);
        Assert.All(instances.Value, i => Assert.Equal(EventType.Occurrence, i.Type));
        Assert.All(instances.Value, i => Assert.EndsWith("T18:00:00.0000000", i.Start!.DateTime));
        Assert.Equal(new DateTimeOffset(2026, 3, 5, 17, 0, 0, TimeSpan.Zero), instances.Value[0].OriginalStart);
    }

    private static Event NewSeries(string transactionId) => new()
    {
        Subject = "Groupe de pairs",
        TransactionId = transactionId,
        Start = new DateTimeTimeZone { DateTime = "2026-03-05T18:00:00", TimeZone = "Europe/Paris" },
        End = new DateTimeTimeZone { DateTime = "2026-03-05T19:00:00", TimeZone = "Europe/Paris" },
        IsOnlineMeeting = true,
        OnlineMeetingProvider = OnlineMeetingProviderType.TeamsForBusiness,
        Attendees = [new Attendee { EmailAddress = new EmailAddress { Address = Seeds.Hugo.UserPrincipalName }, Type = AttendeeType.Required }],
        Recurrence = new PatternedRecurrence
        {
            Pattern = new RecurrencePattern
            {
                Type = RecurrencePatternType.Weekly,
                Interval = 2,
                DaysOfWeek = [DayOfWeekObject.Thursday],
                FirstDayOfWeek = DayOfWeekObject.Monday,
            },
            Range = new RecurrenceRange
            {
                Type = RecurrenceRangeType.Numbered,
                StartDate = new Date(2026, 3, 5),
                NumberOfOccurrences = 20,
                RecurrenceTimeZone = "Europe/Paris",
            },
        },
    };
}
