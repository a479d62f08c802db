using Azure.Data.Tables;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;
using Mentoring.Infrastructure.Storage;
using Mentoring.Infrastructure.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Infrastructure.Tests.People;

/// <summary>The People table keeps everything the directory said, and when it said it.</summary>
[Collection(StorageCollection.Name)]
public sealed class PersonCopyTests(StorageFixture storage)
{
    private static readonly DateTimeOffset ReadAt = new(2027, 3, 1, 9, 15, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_guest_with_working_hours_round_trips_with_its_refresh_time()
    {
        var tenant = APerson.NewTenant();
        var person = APerson.In(tenant, "Sofia") with
        {
            UserType = UserType.Guest,
            WorkingHours = new WorkingHours([DayOfWeek.Monday, DayOfWeek.Thursday], new TimeOnly(8, 30), new TimeOnly(17, 0), "Europe/Brussels"),
        };

        await storage.People.SaveAsync(person, ReadAt);
        var copy = Assert.Single(await storage.People.FindCachedAsync(tenant, [person.Id]));

        Assert.Equal(ReadAt, copy.RefreshedAt);
        Assert.Equal(person with { WorkingHours = null }, copy.Person with { WorkingHours = null });
        Assert.Equal(person.WorkingHours.Days, copy.Person.WorkingHours!.Days);
        Assert.Equal(person.WorkingHours with { Days = [] }, copy.Person.WorkingHours with { Days = [] });
    }

    [Fact]
    public async Task A_row_written_before_refresh_times_existed_counts_as_never_refreshed()
    {
        var tenant = APerson.NewTenant();
        var person = APerson.In(tenant, "Ancien");
        var entity = new TableEntity(tenant.ToString(), person.Id.ToString())
        {
            ["DisplayName"] = person.DisplayName,
            ["Email"] = person.Email,
            ["Locale"] = person.Locale,
            ["TimeZone"] = person.TimeZone,
        };
        await storage.Services.GetRequiredService<Tables>().People.AddEntityAsync(entity);

        var copy = Assert.Single(await storage.People.FindCachedAsync(tenant, [person.Id]));

        Assert.Equal(person, copy.Person);
        Assert.Equal(DateTimeOffset.MinValue, copy.RefreshedAt);
    }
}
