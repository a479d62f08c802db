using System.Net;
using System.Text.Json.Nodes;
using Mentoring.Api.Tests.Agendas;
using Mentoring.Core.Privacy;
using static Mentoring.Api.Tests.Relationship.RelationshipApi;

namespace Mentoring.Api.Tests.Privacy;

/// <summary>
/// The least-sight row of the relationship pulse, read through the API: another member and the organizer see an answer
/// (content) only once every member answered that pulse; before, not even whether someone answered.
/// </summary>
/// <remarks>In the agenda host: the pulse opens at day 30, so the test moves the clock, which that host's pulse tests already do.</remarks>
[Collection(AgendaHostCollection.Name)]
public sealed class PulseSightApiTests(AgendaHostFixture fixture)
{
    [Fact]
    public async Task A_pulse_answer_reaches_the_other_members_and_the_organizer_only_once_everyone_answered()
    {
        using var lea = await fixture.Users.AsAsync(Users.Lea);            // the organizer
        using var nicolas = await fixture.Users.AsAsync(Users.Nicolas);    // the author of the answer
        using var chloe = await fixture.Users.AsAsync(Users.Chloe);        // another member
        var circle = await Goals.GoalApi.CircleAsync(fixture, lea, Users.Lea, Users.Nicolas, Users.Chloe);
        fixture.Clock.Advance(TimeSpan.FromDays(31));
        Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(nicolas, circle, 1, 2)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(lea, circle, 4, 4)).StatusCode);

        var before = await Task.WhenAll(PulseAsync(lea, circle), PulseAsync(chloe, circle));
        Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(chloe, circle, 5, 5)).StatusCode);
        var after = await Task.WhenAll(PulseAsync(lea, circle), PulseAsync(chloe, circle));

        Assert.Equal(Sight.Content, LeastSight.Of(PersonalDataKind.Pulse, Audience.Member));
        Assert.Equal(Sight.Content, LeastSight.Of(PersonalDataKind.Pulse, Audience.Organizer));
        Assert.All(before, view => Assert.Empty(view["others"]!.AsArray()));
        Assert.All(after, view => Assert.Contains(view["others"]!.AsArray(), AnsweredOneAndTwo));
    }

    private static bool AnsweredOneAndTwo(JsonNode? other) =>
        other!["useful"]!.GetValue<int>() == 1 && other["working"]!.GetValue<int>() == 2;
}
