using System.Text;
using System.Text.Json.Nodes;
using Mentoring.Core.Agendas;
using Mentoring.Core.FollowUps;
using Mentoring.Core.Scheduling;

namespace Mentoring.Core.Tests.FollowUps;

/// <summary>The cards as Teams receives them: Adaptive Card 1.5, actions with verbs, unique labelled inputs, under 28 KB, fr and en.</summary>
public sealed class CardTests
{
    /// <summary>Teams' limit for a message in a chat; a card over it is refused with 413.</summary>
    private const int TeamsLimit = 28 * 1024;

    private static readonly HashSet<string> Elements = ["AdaptiveCard", "TextBlock", "FactSet", "Input.ChoiceSet", "Input.Text", "Action.Execute", "Action.OpenUrl"];

    public static TheoryData<string, bool> AllCards() => new() { { "followUp", false }, { "followUp", true }, { "recorded", false }, { "recorded", true }, { "reminder", false }, { "reminder", true } };

    [Theory]
    [MemberData(nameof(AllCards))]
    public void Each_card_stays_under_teams_28_KB_with_the_largest_content_allowed(string kind, bool english)
    {
        var json = AdaptiveCard.Serialize(Build(kind, ABoard.Largest(), english));

        var bytes = Encoding.UTF8.GetByteCount(json);
        Console.WriteLine($"{kind} ({(english ? "en" : "fr")}): {bytes} bytes, {(double)bytes / TeamsLimit:0.00} of the limit");
        Assert.True(bytes < TeamsLimit, $"{kind} ({(english ? "en" : "fr")}) is {bytes} bytes");
    }

    [Theory]
    [MemberData(nameof(AllCards))]
    public void Each_card_is_version_1_5_with_known_elements_verbs_on_every_execute_and_unique_labelled_inputs(string kind, bool english)
    {
        var card = JsonNode.Parse(AdaptiveCard.Serialize(Build(kind, ABoard.Largest(), english)))!.AsObject();

        Assert.Equal(("AdaptiveCard", "1.5", english ? "en" : "fr"), (card["type"]!.GetValue<string>(), card["version"]!.GetValue<string>(), card["lang"]!.GetValue<string>()));
        var nodes = Walk(card).ToArray();
        Assert.All(nodes, n => Assert.Contains(n["type"]!.GetValue<string>(), Elements));
        var executes = nodes.Where(n => n["type"]!.GetValue<string>() == "Action.Execute").ToArray();
        Assert.NotEmpty(executes);
        Assert.All(executes, a => Assert.Contains(a["verb"]!.GetValue<string>(), CardVerbs.All));
        Assert.All(executes, a => Assert.False(string.IsNullOrEmpty(a["title"]!.GetValue<string>())));
        var inputs = nodes.Where(n => n["type"]!.GetValue<string>().StartsWith("Input.", StringComparison.Ordinal)).ToArray();
        var ids = inputs.Select(i => i["id"]!.GetValue<string>()).ToArray();
        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.All(inputs, i => Assert.False(string.IsNullOrWhiteSpace(i["label"]?.GetValue<string>())));
        Assert.All(executes, a => Assert.DoesNotContain(a["data"]!.AsObject(), p => ids.Contains(p.Key)));
    }

    [Fact]
    public void Both_languages_say_everything_with_the_same_placeholders()
    {
        var properties = typeof(CardTexts).GetProperties().Where(p => p.PropertyType == typeof(string)).ToArray();

        Assert.All(properties, p =>
        {
            var (fr, en) = ((string)p.GetValue(CardTexts.Fr)!, (string)p.GetValue(CardTexts.En)!);
            Assert.False(string.IsNullOrWhiteSpace(fr), p.Name);
            Assert.False(string.IsNullOrWhiteSpace(en), p.Name);
            Assert.Equal(Placeholders(fr), Placeholders(en));
        });
    }

    [Fact]
    public void The_follow_up_card_asks_about_the_members_own_due_commitments_and_offers_only_the_other_members_as_helpers()
    {
        var board = ABoard.Small();
        var member = board.Circle.Value.Members[0].PersonId;
        var mine = new Mentoring.Core.Commitments.Commitment(Guid.NewGuid(), "20310218T1130Z", member, "Relire ma lettre", null, Mentoring.Core.Commitments.CommitmentState.Open, "", ABoard.Now.AddDays(-15), null);
        var theirs = mine with { Id = Guid.NewGuid(), Author = board.Circle.Value.Members[1].PersonId, Text = "Appeler Paul" };
        var earlier = new Session("20310218T1130Z", "occ", ABoard.Sessions[0].Start.AddDays(-14), ABoard.Sessions[0].Start.AddDays(-14), ABoard.Sessions[0].Start.AddDays(-14).AddHours(1), SessionState.Ended);
        board = board with { Sessions = [earlier, .. board.Sessions], Commitments = [new(mine, "v"), new(theirs, "v")] };

        var card = FollowUpCard.Questions(FollowUpQuestions.For(board, ABoard.Sessions[0].Id, member, ABoard.Now).Value, new CardReader(false, TimeZones.Get("Europe/Paris")));

        var nodes = Walk(card).ToArray();
        Assert.Equal(["Relire ma lettre"], nodes.Where(n => n["id"]?.GetValue<string>().StartsWith(FollowUpCard.CommitmentInputPrefix, StringComparison.Ordinal) == true).Select(n => n["label"]!.GetValue<string>()));
        var helpers = nodes.Single(n => n["id"]?.GetValue<string>() == FollowUpCard.HelpedByInput)["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>());
        Assert.Equal(board.Circle.Value.Members.Skip(1).Select(m => m.PersonId.ToString()), helpers);
        Assert.Equal("Suivi de la séance du mardi 4 mars 2031", nodes[1]["text"]!.GetValue<string>());
    }

    [Fact]
    public void A_mentorship_card_has_no_helpers_question_and_a_session_not_over_has_no_card()
    {
        var board = ABoard.Small(Mentoring.Core.Circles.CircleKind.Mentorship);
        var member = board.Circle.Value.Members[0].PersonId;

        var card = FollowUpCard.Questions(FollowUpQuestions.For(board, ABoard.Sessions[0].Id, member, ABoard.Now).Value, new CardReader(true, TimeZones.Get("Europe/Paris")));

        Assert.DoesNotContain(Walk(card), n => n["id"]?.GetValue<string>() == FollowUpCard.HelpedByInput);
        Assert.Equal("followUp.sessionNotEnded", FollowUpQuestions.For(board, ABoard.Sessions[1].Id, member, ABoard.Now).Errors[0].Code);
    }

    [Fact]
    public void What_a_member_wrote_never_becomes_a_markdown_link_on_a_card()
    {
        var board = ABoard.Small();
        var item = AgendaItem.Create(Guid.NewGuid(), ABoard.Sessions[1].Id, board.Circle.Value.Members[1].PersonId, "topic", "[Réinitialisez votre mot de passe](https://evil.example)", 0, ABoard.Now).Value;
        board = board with { Items = [new(item, "v")] };

        var json = AdaptiveCard.Serialize(Build("reminder", board, english: false));

        Assert.DoesNotContain("](https://evil.example)", json, StringComparison.Ordinal);
        Assert.Contains("https://evil.example", json, StringComparison.Ordinal);
    }

    private static JsonObject Build(string kind, CircleBoard board, bool english)
    {
        var member = board.Circle.Value.Members[0].PersonId;
        var reader = new CardReader(english, TimeZones.Get("America/Montreal"));
        var questions = FollowUpQuestions.For(board, ABoard.Sessions[0].Id, member, ABoard.Now).Value
            with { GoalsToPlace = GoalCardTests.LargestGoals(member) };
        return kind switch
        {
            "followUp" => FollowUpCard.Questions(questions, reader),
            "recorded" => FollowUpCard.Recorded(questions, reader),
            _ => ReminderCard.Build(SessionAgendas.Compose(board, ABoard.Sessions[1], member, ABoard.Now), member, reader, new string(ABoard.Heavy, AgendaItem.MaxTextLength)),
        };
    }

    private static IEnumerable<JsonObject> Walk(JsonNode? node) => node switch
    {
        JsonObject o when o["type"] is not null => [o, .. o.SelectMany(p => Walk(p.Value))],
        JsonObject o => o.SelectMany(p => Walk(p.Value)),
        JsonArray a => a.SelectMany(Walk),
        _ => [],
    };

    private static string[] Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\d\}").Select(m => m.Value).Order()];
}
