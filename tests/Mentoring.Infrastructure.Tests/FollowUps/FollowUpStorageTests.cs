using Mentoring.Core.Agendas;
using Mentoring.Core.Commitments;
using Mentoring.Core.Common;
using Mentoring.Core.FollowUps;

namespace Mentoring.Infrastructure.Tests.FollowUps;

/// <summary>Answers and their effects on Azurite: answering again replaces, never duplicates; stale and concurrent answers lose nothing.</summary>
[Collection(StorageCollection.Name)]
public sealed class FollowUpStorageTests(StorageFixture fixture)
{
    [Fact]
    public async Task Answering_again_replaces_the_previous_answers_commitments_blocker_and_thanks_instead_of_adding_to_them()
    {
        var circle = await FollowUpCircle.StoreAsync(fixture);

        var first = await circle.AnswerAsync(circle.Draft("done", ["Appeler Paul", "Mettre à jour le CV"], "Aucune réponse des recruteurs", "4", [1], revision: 0));
        Assert.True(first.IsSuccess, string.Join(", ", first.Errors.Select(e => e.Code)));
        var second = await circle.AnswerAsync(circle.Draft("notYet", ["Appeler Paul (relance)"], "Toujours aucune réponse", "5", [2], revision: 1));
        Assert.True(second.IsSuccess, string.Join(", ", second.Errors.Select(e => e.Code)));
        var third = await circle.AnswerAsync(circle.Draft("notYet", ["Appeler Paul (relance)"], "Toujours aucune réponse", "5", [2], revision: 2));

        var board = await circle.BoardAsync();
        var me = circle.Circle.Members[0].PersonId;
        Assert.Equal(2, third.Value.Revision);
        Assert.Equal(CommitmentState.Open, board.Commitments.Single(c => c.Value.Id == circle.Due.Id).Value.State);
        Assert.Equal(["Appeler Paul (relance)"], board.Commitments.Where(c => c.Value.Author == me && c.Value.SessionId == circle.Sessions[1].Id).Select(c => c.Value.Text));
        Assert.Equal(["Toujours aucune réponse"], board.Items.Where(i => i.Value.Author == me).Select(i => i.Value.Text));
        Assert.Equal([circle.Circle.Members[2].PersonId], board.Thanks.Where(t => t.From == me).Select(t => t.To));
        var next = SessionAgendas.Compose(board, circle.Sessions[2], me, FollowUpCircle.Now);
        Assert.Equal(["Relire ma lettre de motivation", "Appeler Paul (relance)"], next.Due.Select(c => c.Value.Text));
        Assert.Equal([(AgendaItemKind.Blocker, "Toujours aucune réponse")], next.Items.Select(i => (i.Value.Kind, i.Value.Text)));
    }

    [Fact]
    public async Task A_replayed_card_after_the_answer_changed_is_refused_and_changes_nothing()
    {
        var circle = await FollowUpCircle.StoreAsync(fixture);
        await circle.AnswerAsync(circle.Draft("done", ["Appeler Paul"], "", "4", [], revision: 0));
        await circle.AnswerAsync(circle.Draft("dropped", [], "", "2", [], revision: 1));
        var before = await circle.BoardAsync();

        var replayed = await circle.AnswerAsync(circle.Draft("done", ["Appeler Paul"], "", "4", [], revision: 0));

        Assert.Equal("followUp.stale", Assert.Single(replayed.Errors).Code);
        var after = await circle.BoardAsync();
        Assert.Equal(before.FollowUps.Single().Version, after.FollowUps.Single().Version);
        Assert.Equal(CommitmentState.Dropped, after.Commitments.Single(c => c.Value.Id == circle.Due.Id).Value.State);
        Assert.DoesNotContain(after.Commitments, c => c.Value.Text == "Appeler Paul");
    }

    [Fact]
    public async Task Two_answers_from_the_same_card_at_once_store_one_and_refuse_the_other()
    {
        var circle = await FollowUpCircle.StoreAsync(fixture);

        var results = await Task.WhenAll(
            circle.AnswerAsync(circle.Draft("done", ["Appeler Paul"], "Le réseau", "4", [1], revision: 0)),
            circle.AnswerAsync(circle.Draft("dropped", ["Écrire à Marie"], "Le temps", "3", [2], revision: 0)));

        Assert.Single(results, r => r.IsSuccess);
        Assert.Equal("followUp.stale", Assert.Single(results.Single(r => !r.IsSuccess).Errors).Code);
        var board = await circle.BoardAsync();
        var me = circle.Circle.Members[0].PersonId;
        Assert.Single(board.Commitments, c => c.Value.Author == me && c.Value.SessionId == circle.Sessions[1].Id);
        Assert.Single(board.Items, i => i.Value.Author == me);
        Assert.Single(board.Thanks, t => t.From == me);
    }

    [Fact]
    public async Task An_answer_and_all_it_changes_are_written_in_one_request()
    {
        var circle = await FollowUpCircle.StoreAsync(fixture);
        fixture.Requests.StartRecording();

        var answered = await circle.AnswerAsync(circle.Draft("done", ["Appeler Paul", "Mettre à jour le CV"], "Le réseau", "4", [1, 2], revision: 0));

        var requests = fixture.Requests.StopRecording();
        Assert.True(answered.IsSuccess);
        Assert.Single(requests, r => r.Method == "POST" && r.Path.EndsWith("$batch", StringComparison.Ordinal));
        Assert.DoesNotContain(requests, r => r.Method is "PUT" or "MERGE" or "DELETE" && r.Path.Contains("Circles", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_member_reads_only_their_own_answers_through_the_board()
    {
        var circle = await FollowUpCircle.StoreAsync(fixture);
        await circle.AnswerAsync(circle.Draft("done", [], "", "1", [], revision: 0));

        Assert.Single((await circle.BoardAsync(0)).FollowUps);
        Assert.Empty((await circle.BoardAsync(1)).FollowUps);
        Assert.Null(await circle.Board.FindAsync<FollowUp>(circle.Circle.Tenant, circle.Circle.Id, FollowUp.KeyOf(circle.Circle.Members[0].PersonId, circle.Sessions[1].Id), circle.Circle.Members[1].PersonId));
    }

    [Fact]
    public async Task Bad_answers_are_refused_with_their_field_and_write_nothing()
    {
        var circle = await FollowUpCircle.StoreAsync(fixture);
        fixture.Requests.StartRecording();

        var results = new[]
        {
            await circle.AnswerAsync(circle.Draft("done", [], "", "0", [], 0)),
            await circle.AnswerAsync(circle.Draft("done", [], "", "6", [], 0)),
            await circle.AnswerAsync(circle.Draft("done", [], "", "five", [], 0)),
            await circle.AnswerAsync(circle.Draft("done", [.. Enumerable.Range(1, 10).Select(i => $"Engagement {i}")], "", "3", [], 0)),
            await circle.AnswerAsync(circle.Draft("done", [], new string('x', 10_000), "3", [], 0)),
            await circle.AnswerAsync(circle.Draft("done", [], "", "3", [0], 0)),
        };

        Assert.Equal(
            [("usefulness", "followUp.usefulness.range"), ("usefulness", "followUp.usefulness.range"), ("usefulness", "followUp.usefulness.range"),
             ("newCommitments", "followUp.newCommitments.tooMany"), ("blocker", "text.tooLong"), ("helpedBy", "thanks.self")],
            results.Select(r => (Assert.Single(r.Errors).Field, r.Errors[0].Code)));
        Assert.DoesNotContain(fixture.Requests.StopRecording(), r => r.Method != "GET");
        Assert.Empty((await circle.BoardAsync()).FollowUps);
    }
}
