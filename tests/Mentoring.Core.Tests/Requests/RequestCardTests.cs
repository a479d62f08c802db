using System.Text;
using System.Text.Json.Nodes;
using Mentoring.Core.Common;
using Mentoring.Core.FollowUps;
using Mentoring.Core.People;
using Mentoring.Core.Profiles;
using Mentoring.Core.Requests;

namespace Mentoring.Core.Tests.Requests;

/// <summary>A mentor request's cards as Teams receives them: Adaptive Card 1.5, in the reader's language, under 28 KB whatever was typed.</summary>
public sealed class RequestCardTests
{
    /// <summary>Teams' limit for a message in a chat; a card over it is refused with 413.</summary>
    private const int TeamsLimit = 28 * 1024;

    /// <summary>3 bytes in UTF-8 (a plain non-ASCII letter); an emoji is 12 bytes once the JSON writer escaped it.</summary>
    public static TheoryData<string, bool, string> Largest() => new()
    {
        { "request", false, "€" }, { "request", true, "€" }, { "request", false, "😀" }, { "request", true, "😀" },
        { "answered", false, "😀" }, { "answered", true, "😀" }, { "decision", false, "😀" }, { "decision", true, "😀" },
    };

    [Theory]
    [MemberData(nameof(Largest))]
    public void Each_card_stays_under_teams_28_KB_with_the_largest_content_allowed(string kind, bool english, string unit)
    {
        var json = Build(kind, english, unit).CardJson;

        var bytes = Encoding.UTF8.GetByteCount(json);
        Console.WriteLine($"{kind} ({(english ? "en" : "fr")}, {(unit == "€" ? "3-byte letters" : "emoji")}): {bytes} bytes, {(double)bytes / TeamsLimit:0.00} of the limit");
        Assert.True(bytes < TeamsLimit, $"{kind} is {bytes} bytes");
        Assert.Equal(MentorRequest.MaxMessageLength, Text(unit, MentorRequest.MaxMessageLength).Length);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_mentor_reads_who_asks_their_project_the_whole_message_and_answers_with_an_optional_word(bool english)
    {
        var request = ARequest() with { Message = "Bonjour Manon,\nvotre parcours en data m'inspire. [lien](https://example.com)" };

        var card = RequestCard.ForMentor(request, AMentee(), RequestCardTexts.For(english));

        var json = JsonNode.Parse(card.CardJson)!.AsObject();
        Assert.Equal(("AdaptiveCard", "1.5", english ? "en" : "fr"), (json["type"]!.GetValue<string>(), json["version"]!.GetValue<string>(), json["lang"]!.GetValue<string>()));
        Assert.Equal(english ? "en-US" : "fr-FR", card.Locale);
        var texts = Walk(json).Select(n => n["text"]?.GetValue<string>() ?? string.Join(" | ", n["facts"]?.AsArray().Select(f => $"{f!["title"]} = {f["value"]}") ?? [])).ToArray();
        Assert.Equal(english ? "Mentoring request from Camille Martin" : "Demande de mentorat de Camille Martin", texts[0]);
        Assert.Contains(texts, t => t.Contains(english ? "Aims at = data analyste (data)" : "Vise = data analyste (data)", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("SQL, Python", StringComparison.Ordinal));
        // Whole, as typed, but its markdown link broken so it cannot pose as the product's.
        Assert.Contains("Bonjour Manon,\nvotre parcours en data m'inspire. [lien]\u200B(https://example.com)", texts);
        var word = Walk(json).Single(n => n["type"]!.GetValue<string>() == "Input.Text");
        Assert.Equal((RequestCard.WordInput, MentorRequest.MaxAnswerLength, null), (word["id"]!.GetValue<string>(), word["maxLength"]!.GetValue<int>(), word["isRequired"]));
        var actions = json["actions"]!.AsArray();
        Assert.Equal([CardVerbs.AcceptRequest, CardVerbs.DeclineRequest], actions.Select(a => a!["verb"]!.GetValue<string>()));
        Assert.Equal(english ? ["Accept", "Decline"] : ["Accepter", "Refuser"], actions.Select(a => a!["title"]!.GetValue<string>()));
        Assert.All(actions, a => Assert.Equal(request.Id.ToString(), a!["data"]![CardVerbs.Request]!.GetValue<string>()));
        Assert.Equal(english ? "Camille Martin asks you to be their mentor" : "Camille Martin vous demande d'être son mentor", card.Summary);
    }

    [Fact]
    public void The_answer_cards_say_what_was_decided_with_the_word_and_a_second_click_says_nothing_changed()
    {
        var accepted = ARequest() with { State = MentorRequestState.Accepted, Answer = "Avec plaisir !" };
        var declined = ARequest() with { State = MentorRequestState.Declined };

        var mine = Texts(RequestCard.Answered(accepted, RequestCardTexts.Fr, already: false));
        var again = Texts(RequestCard.Answered(declined, RequestCardTexts.En, already: true));
        var theirs = Texts(RequestCard.Decision(accepted, RequestCardTexts.Fr));

        Assert.Equal(["Vous avez accepté la demande de Camille Martin : le cercle est créé", "Votre cercle de mentorat est dans l'onglet Mes cercles, prêt à planifier.", "Votre mot = Avec plaisir !"], mine);
        Assert.Equal(["This request had already been answered: nothing was changed.", "You declined Camille Martin's request"], again);
        Assert.Equal(["Manon Lefèvre a accepté votre demande de mentorat : le cercle est créé", "Son mot = Avec plaisir !", "Votre cercle de mentorat est dans l'onglet Mes cercles, prêt à planifier."], theirs);
        Assert.Empty(JsonNode.Parse(RequestCard.Answered(accepted, RequestCardTexts.Fr, already: false).CardJson)!["actions"]!.AsArray());
    }

    [Fact]
    public void Both_languages_say_everything_with_the_same_placeholders()
    {
        var properties = typeof(RequestCardTexts).GetProperties().Where(p => p.PropertyType == typeof(string)).ToArray();

        Assert.NotEmpty(properties);
        Assert.All(properties, p =>
        {
            var (fr, en) = ((string)p.GetValue(RequestCardTexts.Fr)!, (string)p.GetValue(RequestCardTexts.En)!);
            Assert.False(string.IsNullOrWhiteSpace(fr), p.Name);
            Assert.False(string.IsNullOrWhiteSpace(en), p.Name);
            Assert.Equal(fr.Contains("{0}", StringComparison.Ordinal), en.Contains("{0}", StringComparison.Ordinal));
        });
    }

    [Theory]
    [InlineData("request.accept", "{\"request\":\"6f1c4a3e-1d2b-4c5d-8e9f-0a1b2c3d4e5f\",\"word\":\"Oui\"}", null)]
    [InlineData("request.maybe", "{\"request\":\"6f1c4a3e-1d2b-4c5d-8e9f-0a1b2c3d4e5f\"}", "bot.verb.unknown")]
    [InlineData("request.decline", "{\"request\":\"nope\"}", "id.invalid")]
    public void An_invoke_names_a_known_verb_and_a_request(string verb, string data, string? code)
    {
        var parsed = RequestCardInvoke.Parse(verb, JsonNode.Parse(data)!.AsObject());

        Assert.Equal(code, parsed.IsSuccess ? null : parsed.Errors[0].Code);
    }

    private static MemberCard Build(string kind, bool english, string unit)
    {
        var name = Text(unit, 256);
        var request = ARequest() with
        {
            MenteeName = name, MentorName = name, Message = Text(unit, MentorRequest.MaxMessageLength),
            Objective = Text(unit, Mentoring.Core.Common.Text.MaxObjectiveLength), Answer = Text(unit, MentorRequest.MaxAnswerLength),
        };
        var label = Text(unit, Labels.MaxLength);
        var line = Text(unit, Profile.MaxLineLength);
        var mentee = AMentee() with
        {
            About = Text(unit, Profile.MaxAboutLength), CurrentJob = line, TargetJob = line, TargetField = label, City = line,
            SkillsOffered = [.. Enumerable.Repeat(label, Labels.MaxCount)], SkillsSought = [.. Enumerable.Repeat(label, Labels.MaxCount)],
            Languages = [.. Enumerable.Repeat("zh-Hant-TW", 8)],
        };
        var t = RequestCardTexts.For(english);
        return kind switch
        {
            "request" => RequestCard.ForMentor(request, mentee, t),
            "answered" => RequestCard.Answered(request with { State = MentorRequestState.Accepted }, t, already: true),
            _ => RequestCard.Decision(request with { State = MentorRequestState.Accepted }, t),
        };
    }

    private static string Text(string unit, int length) => string.Concat(Enumerable.Repeat(unit, length / unit.Length));

    private static MentorRequest ARequest() => new(
        Guid.Parse("6f1c4a3e-1d2b-4c5d-8e9f-0a1b2c3d4e5f"), new TenantId(Guid.Parse("0c0c0c0c-0000-4000-8000-000000000001")),
        new PersonId(Guid.Parse("0c0c0c0c-0000-4000-8000-000000000002")), "Camille Martin",
        new PersonId(Guid.Parse("0c0c0c0c-0000-4000-8000-000000000003")), "Manon Lefèvre",
        "Bonjour", "data analyste (data)", MentorRequestState.Pending, new DateTimeOffset(2031, 3, 3, 8, 0, 0, TimeSpan.Zero));

    private static Profile AMentee() => new(
        new TenantId(Guid.Parse("0c0c0c0c-0000-4000-8000-000000000001")), new PersonId(Guid.Parse("0c0c0c0c-0000-4000-8000-000000000002")),
        "Camille Martin", "", "Comptable", "data", "data analyste", ["Gestion"], ["SQL", "Python"], ["fr"], "Lyon", "Europe/Paris",
        WeeklyAvailability.Empty, Visibility.Peer, null);

    private static string[] Texts(MemberCard card) =>
        [.. Walk(JsonNode.Parse(card.CardJson)!.AsObject()).Select(n => n["text"]?.GetValue<string>() ?? string.Join(" | ", n["facts"]!.AsArray().Select(f => $"{f!["title"]} = {f["value"]}")))];

    private static IEnumerable<JsonObject> Walk(JsonObject card) =>
        card["body"]!.AsArray().OfType<JsonObject>();
}
