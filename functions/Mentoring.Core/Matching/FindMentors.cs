using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Privacy;
using Mentoring.Core.Profiles;

namespace Mentoring.Core.Matching;

/// <summary>Use case: a mentee's mentor suggestions, and the draft of a request to one mentor, from one partition read.</summary>
/// <remarks>Candidates are the visible mentors with a free place of the caller's tenant only (<see cref="IProfileStore.ListAvailableMentorsAsync"/>,
/// an index: the other profiles are not read);
/// <see cref="MentorSuggestions"/> then keeps visible mentors with a free place and a language in common. A person who paused
/// everything (<see cref="IPersonPause"/>) is suggested to nobody until they resume, and no request is drafted to them.</remarks>
public sealed class FindMentors(IProfileStore profiles, IPersonPause pauses, TimeProvider time)
{
    public async Task<Result<IReadOnlyList<MentorSuggestion>>> SuggestAsync(Caller caller, int count = MentorSuggestions.DefaultCount, CancellationToken cancellationToken = default)
    {
        var me = await profiles.FindAsync(caller.Tenant, caller.Id, cancellationToken).ConfigureAwait(false);
        if (me is null)
        {
            return Error.NotFound("profile.notFound");
        }

        var visible = await profiles.ListAvailableMentorsAsync(caller.Tenant, cancellationToken).ConfigureAwait(false);
        var paused = await pauses.PausedAmongAsync(caller.Tenant, [.. visible.Select(p => p.Person)], cancellationToken).ConfigureAwait(false);
        var candidates = visible.Where(p => !paused.Contains(p.Person)).ToArray();
        return Result<IReadOnlyList<MentorSuggestion>>.Success(MentorSuggestions.For(me.Value, candidates, time.GetUtcNow(), count));
    }

    /// <summary>The personal message drafted from both profiles, for the mentee to edit before sending.</summary>
    public async Task<Result<string>> DraftAsync(Caller caller, string? mentorId, bool english, CancellationToken cancellationToken = default)
    {
        if (!PersonId.TryParse(mentorId, out var id))
        {
            return Error.Invalid("mentor", mentorId is null ? "required" : "id.invalid");
        }

        var me = await profiles.FindAsync(caller.Tenant, caller.Id, cancellationToken).ConfigureAwait(false);
        if (me is null)
        {
            return Error.Invalid("profile", "profile.required");
        }

        var mentor = await profiles.FindAsync(caller.Tenant, id, cancellationToken).ConfigureAwait(false);
        if (id == caller.Id || mentor?.Value is not { IsVisibleMentor: true } visible)
        {
            return Error.Invalid("mentor", id == caller.Id ? "request.self" : "mentor.unknown");
        }

        if (await pauses.IsPausedAsync(caller.Tenant, id, cancellationToken).ConfigureAwait(false))
        {
            return Error.Invalid("mentor", "mentor.unavailable", new Dictionary<string, object> { ["name"] = visible.DisplayName });
        }

        // Without a language in common the ranking drops the mentor; the draft still greets them, with no reasons to cite.
        var suggestion = MentorSuggestions.For(me.Value, [visible], time.GetUtcNow(), 1).FirstOrDefault() ?? new MentorSuggestion(visible, 0, []);
        return MentorRequestDraft.Compose(me.Value, suggestion, english);
    }
}
