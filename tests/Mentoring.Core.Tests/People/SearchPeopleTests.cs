using Mentoring.Core.People;
using Mentoring.Core.Tests.Circles;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Core.Tests.People;

/// <summary>What a picker may send before the directory is asked anything.</summary>
public sealed class SearchPeopleTests
{
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly ADirectory directory = new();

    [Theory]
    [InlineData(null, "text.required")]
    [InlineData("", "text.required")]
    [InlineData("   ", "text.required")]
    [InlineData("Cam\u0000ille", "text.controlCharacter")]
    [InlineData("Cam\nille", "text.controlCharacter")]
    public async Task Empty_or_control_characters_are_refused_naming_search(string? search, string code)
    {
        var result = await new SearchPeople(directory, new PeopleSearchCache(new FakeTimeProvider(Now))).ExecuteAsync(ACaller.For(APerson.Named("Camille")), search);

        ResultAssert.Invalid(result, "search", code);
        Assert.Empty(directory.Searches);
    }

    [Fact]
    public async Task Longer_than_the_limit_is_refused_and_the_limit_itself_is_searched()
    {
        var search = new SearchPeople(directory, new PeopleSearchCache(new FakeTimeProvider(Now)));
        var caller = ACaller.For(APerson.Named("Camille"));

        ResultAssert.Invalid(await search.ExecuteAsync(caller, new string('a', SearchPeople.MaxSearchLength + 1)), "search", "text.tooLong");
        ResultAssert.Invalid(await search.ExecuteAsync(caller, new string('a', 10_000)), "search", "text.tooLong");
        Assert.True((await search.ExecuteAsync(caller, new string('a', SearchPeople.MaxSearchLength))).IsSuccess);
        Assert.Equal([new string('a', SearchPeople.MaxSearchLength)], directory.Searches);
    }

    [Fact]
    public async Task Query_syntax_is_passed_on_as_typed_for_the_adapter_to_make_inert()
    {
        var result = await new SearchPeople(directory, new PeopleSearchCache(new FakeTimeProvider(Now))).ExecuteAsync(ACaller.For(APerson.Named("Camille")), "  ' or 1 eq 1 \"$top\" \\ ");

        Assert.True(result.IsSuccess);
        Assert.Equal(["' or 1 eq 1 \"$top\" \\"], directory.Searches);
    }

    [Fact]
    public async Task The_same_search_in_the_same_tenant_within_a_minute_asks_the_directory_once()
    {
        var clock = new FakeTimeProvider(Now);
        var search = new SearchPeople(directory, new PeopleSearchCache(clock));
        var camille = ACaller.For(APerson.Named("Camille"));
        var lea = ACaller.For(APerson.Named("Léa"));
        var alex = ACaller.For(APerson.Named("Alex", APerson.OtherTenant));

        foreach (var (caller, text) in new[] { (camille, "Sof"), (lea, "Sof"), (camille, " sof "), (alex, "Sof") })
        {
            Assert.True((await search.ExecuteAsync(caller, text)).IsSuccess);
        }

        // Camille, Léa and a differently typed "sof" share one answer; Alex's tenant has its own.
        Assert.Equal(["Sof", "Sof"], directory.Searches);
        clock.Advance(PeopleSearchCache.Lifetime);
        Assert.True((await search.ExecuteAsync(lea, "Sof")).IsSuccess);
        Assert.Equal(3, directory.Searches.Count);
    }

    [Fact]
    public async Task An_outage_is_not_kept_the_next_search_asks_again()
    {
        var search = new SearchPeople(directory, new PeopleSearchCache(new FakeTimeProvider(Now)));
        var camille = ACaller.For(APerson.Named("Camille"));
        directory.Down = true;

        Assert.False((await search.ExecuteAsync(camille, "Sof")).IsSuccess);
        directory.Down = false;

        Assert.True((await search.ExecuteAsync(camille, "Sof")).IsSuccess);
        Assert.Equal(2, directory.Searches.Count);
    }
}
