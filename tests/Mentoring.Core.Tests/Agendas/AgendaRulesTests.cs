using Mentoring.Core.Agendas;
using Mentoring.Core.Commitments;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;
using Mentoring.Core.Tests.Circles;

namespace Mentoring.Core.Tests.Agendas;

/// <summary>The pure rules of agendas and commitments, with fixed dates.</summary>
public sealed class AgendaRulesTests
{
    private static readonly DateTimeOffset Now = new(2031, 3, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly PersonId Author = new(Guid.Parse("11111111-1111-4111-8111-111111111111"));
    private static readonly PersonId Other = new(Guid.Parse("22222222-2222-4222-8222-222222222222"));

    [Theory]
    [InlineData("abc\u202Edef")]
    [InlineData("abc\u2066def")]
    public void Bidirectional_overrides_are_refused(string text) =>
        ResultAssert.Invalid(AgendaText.Required("text", text, 100), "text", "text.bidiControl");

    [Fact]
    public void Zero_width_spaces_and_byte_order_marks_are_removed_but_emoji_joiners_stay() =>
        Assert.Equal("ré\u200Dseau", AgendaText.Required("text", "\uFEFFré\u200B\u200Dseau\u2060", 100).Value);

    [Fact]
    public void Text_made_only_of_invisible_characters_is_empty() =>
        ResultAssert.Invalid(AgendaText.Required("text", "\u200B\u2060", 100), "text", "text.required");

    [Fact]
    public void Only_the_author_edits_an_item_and_an_unknown_kind_names_the_field()
    {
        var item = AgendaItem.Create(Guid.NewGuid(), "s1", Author, "blocker", "CV", 0, Now).Value;

        Assert.Equal(ErrorKind.Forbidden, item.Edit(Other, null, "x").Errors[0].Kind);
        ResultAssert.Invalid(item.Edit(Author, "rant", null), "kind", "agenda.kind.unknown");
        ResultAssert.Invalid(AgendaItem.Create(Guid.NewGuid(), "s1", Author, "2", "CV", 0, Now), "kind", "agenda.kind.unknown");
        Assert.Equal("Lettre", item.Edit(Author, null, "Lettre").Value.Text);
    }

    [Fact]
    public void A_commitment_defaults_to_the_next_session_refuses_a_past_due_date_and_closes_once()
    {
        var today = new DateOnly(2031, 3, 3);
        var made = Commitment.Create(Guid.NewGuid(), "s1", Author, "Appeler", null, today, new DateOnly(2031, 3, 17), Now).Value;

        Assert.Equal(new DateOnly(2031, 3, 17), made.DueDate);
        ResultAssert.Invalid(Commitment.Create(Guid.NewGuid(), "s1", Author, "Appeler", today.AddDays(-1), today, null, Now), "dueDate", "commitment.dueDate.past");
        Assert.Equal(ErrorKind.Forbidden, made.Close(Other, CommitmentState.Done, null, Now).Errors[0].Kind);
        var done = made.Close(Author, CommitmentState.Done, "fait", Now).Value;
        Assert.Equal(done, done.Close(Author, CommitmentState.Done, null, Now).Value);
        ResultAssert.Conflict(done.Close(Author, CommitmentState.Dropped, null, Now), "commitment.closed");
    }

    [Fact]
    public void An_edit_is_published_once_the_agenda_is_ready_after_the_coalescing_delay_but_never_later_than_the_lead_before_the_session()
    {
        var settings = new AgendaSettings(TimeSpan.FromMinutes(15), TimeSpan.FromHours(1), new Uri("https://example.test/panel"), TimeSpan.FromMinutes(5), TimeSpan.FromDays(1));

        Assert.Equal(Now.AddDays(6), settings.PublishBy(Now, Now.AddDays(7)));          // not before the day before
        Assert.Equal(Now.AddMinutes(15), settings.PublishBy(Now, Now.AddHours(20)));    // ready already: coalesced
        Assert.Equal(Now.AddMinutes(5), settings.PublishBy(Now, Now.AddMinutes(70)));
        Assert.Equal(Now, settings.PublishBy(Now, Now.AddMinutes(30)));
    }

    [Fact]
    public void The_first_update_waits_for_the_ready_time_the_second_for_the_final_lead()
    {
        var settings = new AgendaSettings(TimeSpan.FromMinutes(15), TimeSpan.FromHours(1), new Uri("https://example.test/panel"), TimeSpan.FromMinutes(5), TimeSpan.FromDays(1));
        var start = Now.AddDays(7);

        Assert.Equal(start.AddDays(-1), settings.NotBefore(0, start));
        Assert.Equal(start.AddMinutes(-65), settings.NotBefore(1, start));
        Assert.Equal(2, AgendaSettings.MaxUpdates);
    }

    [Fact]
    public void An_agenda_whose_markers_a_rewrite_lost_is_not_inserted_again_while_a_body_without_any_agenda_gets_one()
    {
        const string mark = "href=\"https://example.test/panel\"";
        const string teams = "<div style=\"width:100%\"><span>________________</span></div>";
        var lost = $"<html><body><p>Intro</p><div><p><b>Ordre du jour</b></p><p><a {mark}>Ouvrir</a></p></div>{teams}</body></html>";

        Assert.Null(Invitation.Place(lost, "<p>v2</p>", [mark]));
        Assert.Null(Invitation.Place(lost, "<p>v2</p>", ["href=\"https://example.test/tenant-panel\"", mark]));
        Assert.Contains("<p>v2</p>", Invitation.Place($"<html><body><p>Intro</p>{teams}</body></html>", "<p>v2</p>", [mark]));
        var prefixedTwice = $"<html><body><div id=\"x_x_mentoring-agenda\"></div><p>v1</p><div id=\"x_x_mentoring-agenda-end\"></div>{teams}</body></html>";
        Assert.DoesNotContain("v1", Invitation.Place(prefixedTwice, "<p>v2</p>", [mark]));
    }

    [Fact]
    public void The_agenda_replaces_only_what_lies_between_its_markers()
    {
        const string teams = "<div style=\"width:100%\"><span>________________</span></div><a href=\"https://teams.microsoft.com/l/meetup-join/x\">Rejoindre</a>";
        var body = $"<html><body><p>Intro</p>{Invitation.AgendaPlaceholder}{teams}</body></html>";

        var once = Invitation.WithAgenda(body, "<p>v1</p>");
        var twice = Invitation.WithAgenda(once.Replace("id=\"mentoring-agenda\"", "id=\"x_mentoring-agenda\"", StringComparison.Ordinal), "<p>v2</p>");

        Assert.EndsWith(teams + "</body></html>", twice);
        Assert.Contains("<p>v2</p>", twice);
        Assert.DoesNotContain("v1", twice);
        Assert.Contains(teams, Invitation.WithAgenda($"<html><body>{teams}</body></html>", "<p>v3</p>"));
    }
}
