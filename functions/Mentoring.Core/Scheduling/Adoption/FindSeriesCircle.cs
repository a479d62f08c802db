using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;

namespace Mentoring.Core.Scheduling.Adoption;

/// <summary>Use case: the Outlook task pane asks which circle an appointment is the series of; anyone but a member gets "not found".</summary>
public sealed class FindSeriesCircle(ISeriesIndex index, ICircleStore circles)
{
    public async Task<Result<Circle>> ExecuteAsync(Caller caller, string? itemId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (string.IsNullOrWhiteSpace(itemId) || itemId.Length > AdoptSeries.MaxItemIdLength)
        {
            return Error.Invalid("itemId", "required");
        }

        if (await index.FindAsync(caller.Tenant, itemId, cancellationToken).ConfigureAwait(false) is not { } circle)
        {
            return Error.NotFound("adopt.noCircle");
        }

        var found = await circles.FindForMemberAsync(caller, circle, cancellationToken).ConfigureAwait(false);
        return found.IsSuccess ? found.Value.Value : Error.NotFound("adopt.noCircle");
    }
}
