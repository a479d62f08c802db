using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Tests.Circles;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Core.Tests.People;

/// <summary>Who is read from the directory, who comes from the stored copy, and what an outage does.</summary>
public sealed class PeopleLookupTests
{
    private static readonly DateTimeOffset Now = ACircleDraft.Now;

    private readonly FakeTimeProvider clock = new(Now);
    private readonly StoredPeople stored = new();
    private readonly ADirectory directory = new();

    [Fact]
    public async Task A_person_never_met_is_read_from_the_directory_and_stored_with_the_time_of_reading()
    {
        var ines = APerson.Named("Inès");
        directory.Knowing(ines);

        var found = await FindAsync(ines.Id);

        Assert.Equal([ines], found);
        Assert.Equal([ines.Id], directory.Reads);
        Assert.Equal([(ines, Now)], stored.Saves);
    }

    [Fact]
    public async Task A_copy_younger_than_a_day_is_used_without_asking_the_directory()
    {
        var lea = APerson.Named("Léa");
        stored.With(lea with { DisplayName = "Léa (copie)" }, Now - TimeSpan.FromHours(23));
        directory.Knowing(lea);

        var found = await FindAsync(lea.Id);

        Assert.Equal("Léa (copie)", Assert.Single(found).DisplayName);
        Assert.Empty(directory.Reads);
        Assert.Empty(stored.Saves);
    }

    [Fact]
    public async Task A_copy_a_day_old_is_read_again_and_replaced()
    {
        var lea = APerson.Named("Léa");
        stored.With(lea with { DisplayName = "Ancien nom" }, Now);
        directory.Knowing(lea);
        clock.Advance(PeopleLookup.MaxAge);

        var found = await FindAsync(lea.Id);

        Assert.Equal("Léa", Assert.Single(found).DisplayName);
        Assert.Equal([lea.Id], directory.Reads);
        Assert.Equal(new CachedPerson(lea, Now + PeopleLookup.MaxAge), stored.Row(lea.Id));
    }

    [Fact]
    public async Task Only_the_missing_and_stale_are_read_when_a_request_names_several()
    {
        var (fresh, stale, unknown) = (APerson.Named("Frais"), APerson.Named("Ancien"), APerson.Named("Nouveau"));
        stored.With(fresh, Now - TimeSpan.FromHours(1)).With(stale, Now - TimeSpan.FromDays(3));
        directory.Knowing(fresh, stale, unknown);

        var found = await FindAsync(fresh.Id, stale.Id, unknown.Id, fresh.Id);

        Assert.Equal(new[] { fresh.Id, stale.Id, unknown.Id }.OrderBy(i => i.Value), found.Select(p => p.Id).OrderBy(i => i.Value));
        Assert.Equal(new[] { stale.Id, unknown.Id }.OrderBy(i => i.Value), directory.Reads.OrderBy(i => i.Value));
    }

    [Fact]
    public async Task Nobody_by_that_id_in_the_directory_is_absent_and_nothing_is_stored()
    {
        var stranger = APerson.Named("Alex", APerson.OtherTenant);
        directory.Knowing(stranger);

        var found = await FindAsync(stranger.Id);

        Assert.Empty(found);
        Assert.Empty(stored.Saves);
    }

    [Fact]
    public async Task When_the_directory_is_down_a_stale_copy_still_answers()
    {
        var lea = APerson.Named("Léa");
        stored.With(lea, Now - TimeSpan.FromDays(2));
        directory.Down = true;

        var found = await FindAsync(lea.Id);

        Assert.Equal([lea], found);
        Assert.Empty(stored.Saves);
    }

    [Fact]
    public async Task When_the_directory_is_down_someone_never_met_makes_the_lookup_unavailable_not_unknown()
    {
        var ines = APerson.Named("Inès");
        directory.Knowing(ines);
        directory.Down = true;

        var result = await new PeopleLookup(stored, directory, clock).FindAsync(APerson.Tenant, [ines.Id]);

        var error = ResultAssert.SingleError(result, ErrorKind.Unavailable, "directory.unavailable");
        Assert.Equal(7, error.Args!["retryAfterSeconds"]);
        Assert.Empty(stored.Saves);
    }

    private async Task<IReadOnlyList<Person>> FindAsync(params PersonId[] ids)
    {
        var result = await new PeopleLookup(stored, directory, clock).FindAsync(APerson.Tenant, ids);
        Assert.True(result.IsSuccess, string.Join(", ", result.Errors.Select(e => e.Code)));
        return result.Value;
    }
}
