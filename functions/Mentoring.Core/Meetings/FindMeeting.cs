using Mentoring.Core.Agendas;
using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Meetings;

/// <summary>Use case: the meeting side panel finds its circle from the Teams context; anyone but a member gets "not found".</summary>
public sealed class FindMeeting(IMeetingIndex index, ICircleBoardStore store, TimeProvider time)
{
    public async Task<Result<MeetingView>> ByChatThreadAsync(Caller caller, string chatThreadId, CancellationToken cancellationToken = default) =>
        await ViewAsync(caller, await index.FindByChatThreadAsync(caller.Tenant, chatThreadId, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    public async Task<Result<MeetingView>> ByJoinUrlAsync(Caller caller, string? joinUrl, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(joinUrl) || joinUrl.Length > 2_000)
        {
            return Error.Invalid("joinUrl", "required");
        }

        return await ViewAsync(caller, await index.FindByJoinUrlAsync(caller.Tenant, joinUrl, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    private async Task<Result<MeetingView>> ViewAsync(Caller caller, CircleId? circle, CancellationToken cancellationToken)
    {
        if (circle is null)
        {
            return Error.NotFound("meeting.notFound");
        }

        var board = await store.ReadForMemberAsync(caller, circle.Value, cancellationToken).ConfigureAwait(false);
        return board.IsSuccess ? new MeetingView(board.Value.Circle.Value, board.Value.CurrentOrNext(time.GetUtcNow())) : Error.NotFound("meeting.notFound");
    }
}
