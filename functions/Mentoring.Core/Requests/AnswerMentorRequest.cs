using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Profiles;

namespace Mentoring.Core.Requests;

/// <summary>Use case: the mentor accepts or declines a request, with a word for the mentee.</summary>
/// <remarks>
/// <para>Only the two people of a request see it (anyone else: 404); only the mentor answers (the mentee: 403); a request is
/// answered once (409 <c>request.alreadyAnswered</c>).</para>
/// <para>Acceptance validates the circle first (directory lookups: a 503 writes nothing), then, in one table transaction, marks
/// the request accepted and takes one of the mentor's free places for this mentorship (<see cref="MentorPlaces"/>),
/// each guarded by its ETag: of two acceptances racing for the last place one commits and the other re-reads, finds no
/// place and answers 409 <c>mentor.noPlaceLeft</c>. The mentorship
/// circle (mentor and mentee with both objectives, a proposed cadence, ready to schedule) is then stored under an id derived
/// from the request: a crash between the two writes is finished by the mentor's next accept, which creates the missing
/// circle once instead of answering 409.</para>
/// </remarks>
public sealed class AnswerMentorRequest(IMentorRequestStore requests, IProfileStore profiles, MatchedCircles circles, IRequestNotifier notifier, TimeProvider time)
{
    private const int Attempts = 5;

    public async Task<Result<MentorRequest>> DeclineAsync(Caller caller, Guid id, AnswerBody body, CancellationToken cancellationToken = default)
    {
        var word = Text.Paragraph("word", body.Word, MentorRequest.MaxAnswerLength);
        if (!word.IsSuccess)
        {
            return Result<MentorRequest>.Failure(word.Errors);
        }

        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var found = await FindForMentorAsync(caller, id, cancellationToken).ConfigureAwait(false);
            if (!found.IsSuccess)
            {
                return Result<MentorRequest>.Failure(found.Errors);
            }

            var (request, version) = found.Value;
            if (request.State != MentorRequestState.Pending)
            {
                return Error.Conflict("request.alreadyAnswered");
            }

            var declined = request with { State = MentorRequestState.Declined, Answer = word.Value, AnsweredAt = time.GetUtcNow() };
            if ((await requests.ReplaceAsync(declined, version, cancellationToken).ConfigureAwait(false)).IsSuccess)
            {
                await notifier.RequestAnsweredAsync(declined, cancellationToken).ConfigureAwait(false);
                return declined;
            }
        }

        return Error.Conflict("request.changed");
    }

    public async Task<Result<MentorRequest>> AcceptAsync(Caller caller, Guid id, AnswerBody body, CancellationToken cancellationToken = default)
    {
        var v = new Validation();
        var word = Text.Paragraph("word", body.Word, MentorRequest.MaxAnswerLength);
        var objective = Text.Paragraph("objective", body.Objective, Text.MaxObjectiveLength);
        v.AddRange(word.Errors);
        v.AddRange(objective.Errors);
        if (v.HasErrors)
        {
            return Result<MentorRequest>.Failure(v.Errors);
        }

        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var found = await FindForMentorAsync(caller, id, cancellationToken).ConfigureAwait(false);
            if (!found.IsSuccess)
            {
                return Result<MentorRequest>.Failure(found.Errors);
            }

            var (request, version) = found.Value;
            if (request.State != MentorRequestState.Pending)
            {
                return await FinishOrRefuseAsync(request, cancellationToken).ConfigureAwait(false);
            }

            var accepted = request with { State = MentorRequestState.Accepted, Answer = word.Value, MentorObjective = objective.Value, AnsweredAt = time.GetUtcNow() };
            var circle = await BuildAsync(accepted, cancellationToken).ConfigureAwait(false);
            if (!circle.IsSuccess)
            {
                return Result<MentorRequest>.Failure(circle.Errors);
            }

            var mentor = await profiles.FindAsync(caller.Tenant, caller.Id, cancellationToken).ConfigureAwait(false);
            if (mentor?.Value.Mentor is { FreePlaces: 0 })
            {
                return Error.Conflict("mentor.noPlaceLeft");
            }

            // A mentor who took their profile down still may accept: there is then no count to keep. The mentorship records
            // that it took the place, so only its own end gives the place back (MentorPlaces).
            var counted = mentor?.Value.Mentor is { } details
                ? mentor with { Value = mentor.Value with { Mentor = details.Take(accepted.Circle) } }
                : null;
            if (!(await requests.AcceptAsync(accepted, version, counted, cancellationToken).ConfigureAwait(false)).IsSuccess)
            {
                continue; // someone else wrote the request or the profile since we read them: read again
            }

            await circles.AddAsync(circle.Value, cancellationToken).ConfigureAwait(false);
            await notifier.RequestAnsweredAsync(accepted, cancellationToken).ConfigureAwait(false);
            return accepted;
        }

        return Error.Conflict("request.changed");
    }

    /// <summary>The requests the caller sent or received, newest first.</summary>
    public async Task<IReadOnlyList<MentorRequest>> ListAsync(Caller caller, CancellationToken cancellationToken = default) =>
        [.. (await requests.ListForAsync(caller.Tenant, caller.Id, cancellationToken).ConfigureAwait(false)).OrderByDescending(r => r.SentAt).ThenBy(r => r.Id)];

    private async Task<Result<MentorRequest>> FinishOrRefuseAsync(MentorRequest request, CancellationToken cancellationToken)
    {
        if (request.State != MentorRequestState.Accepted || await circles.ExistsAsync(request.Tenant, request.Circle, cancellationToken).ConfigureAwait(false))
        {
            return Error.Conflict("request.alreadyAnswered");
        }

        // Accepted, but the circle was never stored (a crash between the two writes): this accept finishes it.
        var circle = await BuildAsync(request, cancellationToken).ConfigureAwait(false);
        if (!circle.IsSuccess)
        {
            return Result<MentorRequest>.Failure(circle.Errors);
        }

        await circles.AddAsync(circle.Value, cancellationToken).ConfigureAwait(false);
        await notifier.RequestAnsweredAsync(request, cancellationToken).ConfigureAwait(false);
        return request;
    }

    private Task<Result<Circle>> BuildAsync(MentorRequest r, CancellationToken cancellationToken) =>
        circles.BuildAsync(
            r.Tenant, r.Circle, r.Mentor, CircleKind.Mentorship, $"Mentorat {r.MenteeName} · {r.MentorName}", r.Objective,
            [new MemberDraft(r.Mentor.Value.ToString(), MemberRole.Mentor, r.MentorObjective), new MemberDraft(r.Mentee.Value.ToString(), MemberRole.Mentee, r.Objective)],
            cancellationToken);

    private async Task<Result<Versioned<MentorRequest>>> FindForMentorAsync(Caller caller, Guid id, CancellationToken cancellationToken)
    {
        var found = await requests.FindAsync(caller.Tenant, id, cancellationToken).ConfigureAwait(false);
        if (found is null || !found.Value.Involves(caller.Id))
        {
            return Error.NotFound("request.notFound");
        }

        return found.Value.Mentor == caller.Id ? found : Error.Forbidden("request.mentorOnly");
    }
}
