using Mentoring.Core.People;
using Mentoring.Core.Tests.Circles;

namespace Mentoring.Core.Tests.People;

/// <summary>What a picker may send before the directory is asked anything.</summary>
public sealed class SearchPeopleTests
{
    private readonly ADirectory directory = new();

    [Theory]
    [InlineData(null, "text.required")]
    [InlineData("", "text.required")]
    [InlineData("   ", "text.required")]
    [InlineData("Cam\u0000ille", "text.controlCharacter")]
    [InlineData("Cam\nille", "text.controlCharacter")]
    public async Task Empty_or_control_characters_are_refused_naming_search(string? search, string code)
    {
        var result = await new SearchPeople(directory).ExecuteAsync(ACaller.For(APerson.Named("Camille")), search);

        ResultAssert.Invalid(result, "search", code);
        Assert.Empty(directory.Searches);
    }

    [Fact]
    public async Task Longer_than_the_limit_is_refused_and_the_limit_itself_is_searched()
    {
        var search = new SearchPeople(directory);
        var caller = ACaller.For(APerson.Named("Camille"));

        ResultAssert.Invalid(await search.ExecuteAsync(caller, new string('a', SearchPeople.MaxSearchLength + 1)), "search", "text.tooLong");
        ResultAssert.Invalid(await search.ExecuteAsync(caller, new string('a', 10_000)), "search", "text.tooLong");
        Assert.True((await search.ExecuteAsync(caller, new string('a', SearchPeople.MaxSearchLength))).IsSuccess);
        Assert.Equal([new string('a', SearchPeople.MaxSearchLength)], directory.Searches);
    }

    [Fact]
    public async Task Query_syntax_is_passed_on_as_typed_for_the_adapter_to_make_inert()
    {
        var result = await new SearchPeople(directory).ExecuteAsync(ACaller.For(APerson.Named("Camille")), "  ' or 1 eq 1 \"$top\" \\ ");

        Assert.True(result.IsSuccess);
        Assert.Equal(["' or 1 eq 1 \"$top\" \\"], directory.Searches);
    }
}
