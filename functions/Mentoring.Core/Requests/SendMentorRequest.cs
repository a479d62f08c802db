using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Privacy;
using Mentoring.Core.Profiles;

namespace Mentoring.Core.Requests;

/// <summary>Use case: a mentee sends a personal request to a visible mentor of their own tenant who has a free place.</summary>
/// <remarks>Every refusal comes before any write: to oneself (<c>request.self</c>), to someone who is not a visible mentor of
/// the caller's tenant — another tenant's people included, indistinguishable on purpose (<c>mentor.unknown</c>), to a mentor at
/// capacity (<c>mentor.atCapacity</c>), to a mentor who paused everything (<c>mentor.unavailable</c>: they are suggested to
/// nobody, and an id kept from before the pause does not reach them either), a message of 0 or more than 2,000 characters, a second pending request to the same
/// mentor (<c>request.alreadyPending</c>). With an <c>Idempotency-Key</c> a retry returns the stored request.</remarks>
public sealed class SendMentorRequest(IProfileStore profiles, IPersonPause pauses, IMentorRequestStore requests, IRequestNotifier notifier, TimeProvider time)
{
    public async Task<Result<MentorRequest>> ExecuteAsync(Caller caller, MentorRequestBody body, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        var id = idempotencyKey is null ? Result<CircleId>.Success(new CircleId(Guid.CreateVersion7(time.GetUtcNow()))) : CircleIds.FromIdempotencyKey(caller, idempotencyKey);
        if (!id.IsSuccess)
        {
            return Result<MentorRequest>.Failure(id.Errors);
        }

        var v = new Validation();
        var message = Text.Paragraph("message", body.Message, MentorRequest.MaxMessageLength);
        if (message.IsSuccess && message.Value.Length == 0)
        {
            v.Add(Error.Invalid("message", "text.required"));
        }

        v.AddRange(message.Errors);
        var objective = Text.Paragraph("objective", body.Objective, Text.MaxObjectiveLength);
        v.AddRange(objective.Errors);
        var mentor = await MentorAsync(caller, body.Mentor, v, cancellationToken).ConfigureAwait(false);
        var me = await profiles.FindAsync(caller.Tenant, caller.Id, cancellationToken).ConfigureAwait(false);
        if (me is null)
        {
            v.Add(Error.Invalid("profile", "profile.required"));
        }

        if (v.HasErrors)
        {
            return Result<MentorRequest>.Failure(v.Errors);
        }

        var mine = await requests.ListForAsync(caller.Tenant, caller.Id, cancellationToken).ConfigureAwait(false);
        var request = new MentorRequest(
            id.Value.Value, caller.Tenant, caller.Id, me!.Value.DisplayName, mentor!.Person, mentor.DisplayName, message.Value,
            objective.Value.Length > 0 ? objective.Value : DefaultObjective(me.Value), MentorRequestState.Pending, time.GetUtcNow());
        if (mine.Any(r => r.Id != request.Id && r.Mentee == caller.Id && r.Mentor == mentor.Person && r.State == MentorRequestState.Pending))
        {
            return Error.Conflict("request.alreadyPending");
        }

        var (stored, added) = await requests.AddAsync(request, cancellationToken).ConfigureAwait(false);
        if ((stored.Value.Mentor, stored.Value.Message, stored.Value.Mentee) != (request.Mentor, request.Message, request.Mentee))
        {
            return Error.Conflict("idempotencyKey.otherRequest");
        }

        // A retry (same Idempotency-Key) notifies again: its first attempt may have stopped between the store and the
        // notification, and the notifier is idempotent (one card per request whatever the number of calls).
        if (added || stored.Value.State == MentorRequestState.Pending)
        {
            await notifier.RequestSentAsync(stored.Value, cancellationToken).ConfigureAwait(false);
        }

        return stored.Value;
    }

    /// <summary>"Devenir data analyste (data)" from the profile, when the mentee did not write an objective of their own.</summary>
    internal static string DefaultObjective(Profile mentee) =>
        (mentee.TargetJob, mentee.TargetField) switch
        {
            ("", "") => "",
            ("", var field) => field,
            (var job, "") => job,
            (var job, var field) => $"{job} ({field})",
        };

    private async Task<Profile?> MentorAsync(Caller caller, string? mentorId, Validation v, CancellationToken cancellationToken)
    {
        if (!PersonId.TryParse(mentorId, out var id))
        {
            v.Add(Error.Invalid("mentor", mentorId is null ? "required" : "id.invalid"));
            return null;
        }

        if (id == caller.Id)
        {
            v.Add(Error.Invalid("mentor", "request.self"));
            return null;
        }

        // Read in the caller's tenant partition only: a person of another tenant is simply not there.
        var found = await profiles.FindAsync(caller.Tenant, id, cancellationToken).ConfigureAwait(false);
        if (found?.Value is not { IsVisibleMentor: true } mentor)
        {
            v.Add(Error.Invalid("mentor", "mentor.unknown"));
            return null;
        }

        if (await pauses.IsPausedAsync(caller.Tenant, id, cancellationToken).ConfigureAwait(false))
        {
            v.Add(Error.Invalid("mentor", "mentor.unavailable", new Dictionary<string, object> { ["name"] = mentor.DisplayName }));
            return null;
        }

        if (mentor.Mentor!.FreePlaces == 0)
        {
            v.Add(Error.Invalid("mentor", "mentor.atCapacity", new Dictionary<string, object> { ["name"] = mentor.DisplayName }));
            return null;
        }

        return mentor;
    }
}
