using Mentoring.Core.Circles;
using Mentoring.Core.Scheduling;

namespace Mentoring.Infrastructure.Tests.Storage;

/// <summary>A circle written and read back is the same circle: members, objectives, cadence, status and creation instant.</summary>
[Collection(StorageCollection.Name)]
public sealed class CircleRoundTripTests(StorageFixture storage)
{
    [Fact]
    public async Task AddedMentorship_ReadsBackIdenticalWithAVersion()
    {
        var tenant = APerson.NewTenant();
        var circle = ACircle.Mentorship(APerson.In(tenant, "Alice"), APerson.In(tenant, "Bruno"));

        var version = (await storage.Circles.AddAsync(circle)).Version;
        var found = await storage.Circles.FindAsync(tenant, circle.Id);

        CircleAssert.Same(circle, found?.Value);
        Assert.Equal(version, found!.Version);
    }

    [Fact]
    public async Task AddedPeerGroupOfFive_ReadsBackWithEveryPeerInOrder()
    {
        var circle = ACircle.PeerGroup(ACircle.PeopleIn(APerson.NewTenant(), 5));

        await storage.Circles.AddAsync(circle);

        CircleAssert.Same(circle, (await storage.Circles.FindAsync(circle.Tenant, circle.Id))?.Value);
    }

    [Theory]
    [InlineData("weekly, numbered")]
    [InlineData("weekly every 3 weeks, until a date")]
    [InlineData("monthly on the 31st, until a date")]
    [InlineData("monthly on day 5, numbered")]
    [InlineData("monthly on the last Friday, numbered")]
    [InlineData("every 2 months on the first Monday, until a date")]
    public async Task CadenceOfEachShapeAndRange_SurvivesTheRoundTrip(string shape)
    {
        var cadence = Cadences[shape];
        var tenant = APerson.NewTenant();
        var circle = ACircle.Mentorship(APerson.In(tenant, "A"), APerson.In(tenant, "B")) with { Cadence = cadence };

        await storage.Circles.AddAsync(circle);

        Assert.Equal(cadence, (await storage.Circles.FindAsync(tenant, circle.Id))?.Value.Cadence);
    }

    [Theory]
    [InlineData(CircleStatus.Active)]
    [InlineData(CircleStatus.Paused)]
    [InlineData(CircleStatus.Closed)]
    public async Task EachStatus_SurvivesTheRoundTrip(CircleStatus status)
    {
        var circle = ACircle.PeerGroup(ACircle.PeopleIn(APerson.NewTenant(), 3)) with { Status = status };

        await storage.Circles.AddAsync(circle);

        Assert.Equal(status, (await storage.Circles.FindAsync(circle.Tenant, circle.Id))?.Value.Status);
    }

    [Fact]
    public async Task TextsWithAccentsQuotesAndLineBreaks_SurviveTheRoundTrip()
    {
        var tenant = APerson.NewTenant();
        var circle = ACircle.Mentorship(APerson.In(tenant, "Zoë"), APerson.In(tenant, "Ümit")) with
        {
            Name = "« Cap » d'Éloïse — 🚀",
            Objective = new string('é', 1_990) + "\r\n\t\"}]",
        };

        await storage.Circles.AddAsync(circle);

        CircleAssert.Same(circle, (await storage.Circles.FindAsync(tenant, circle.Id))?.Value);
    }

    [Fact]
    public async Task ReplacedCircle_ReadsBackAsReplacedWithTheNewVersion()
    {
        var tenant = APerson.NewTenant();
        var circle = ACircle.Mentorship(APerson.In(tenant, "A"), APerson.In(tenant, "B"));
        var version = (await storage.Circles.AddAsync(circle)).Version;
        var revised = circle.ReviseObjectives(circle.Members[1].PersonId, "Nouveau cap", "Mon cap").Value.ChangeStatus(circle.Members[1].PersonId, CircleStatus.Paused, DateTimeOffset.UnixEpoch).Value;

        var saved = await storage.Circles.ReplaceAsync(circle, revised, version);
        var found = await storage.Circles.FindAsync(tenant, circle.Id);

        CircleAssert.Same(revised, found?.Value);
        Assert.Equal(saved.Value, found!.Version);
        Assert.NotEqual(version, saved.Value);
    }

    [Fact]
    public async Task UnknownCircle_IsNull()
    {
        Assert.Null(await storage.Circles.FindAsync(APerson.NewTenant(), new CircleId(Guid.NewGuid())));
    }

    private static readonly Dictionary<string, Cadence> Cadences = new()
    {
        ["weekly, numbered"] = new(new WeeklyPattern(1, DayOfWeek.Wednesday), new DateOnly(2026, 2, 4), new TimeOnly(8, 15), TimeSpan.FromMinutes(30), "America/Montreal", new NumberedRange(100)),
        ["weekly every 3 weeks, until a date"] = new(new WeeklyPattern(3, DayOfWeek.Monday), new DateOnly(2026, 3, 2), new TimeOnly(17, 45), TimeSpan.FromMinutes(90), "Europe/London", new EndDateRange(new DateOnly(2026, 12, 31))),
        ["monthly on the 31st, until a date"] = new(new MonthlyOnDayPattern(1, 31), new DateOnly(2026, 1, 31), new TimeOnly(9, 0), TimeSpan.FromMinutes(60), "Asia/Tokyo", new EndDateRange(new DateOnly(2027, 1, 31))),
        ["monthly on day 5, numbered"] = new(new MonthlyOnDayPattern(2, 5), new DateOnly(2026, 2, 5), new TimeOnly(23, 30), TimeSpan.FromMinutes(480), "Australia/Lord_Howe", new NumberedRange(1)),
        ["monthly on the last Friday, numbered"] = new(new MonthlyOnWeekdayPattern(1, WeekOfMonth.Last, DayOfWeek.Friday), new DateOnly(2026, 1, 30), new TimeOnly(14, 0), TimeSpan.FromMinutes(15), "Europe/Paris", new NumberedRange(6)),
        ["every 2 months on the first Monday, until a date"] = new(new MonthlyOnWeekdayPattern(2, WeekOfMonth.First, DayOfWeek.Monday), new DateOnly(2026, 2, 2), new TimeOnly(7, 0), TimeSpan.FromMinutes(120), "Pacific/Auckland", new EndDateRange(new DateOnly(2028, 2, 1))),
    };
}
