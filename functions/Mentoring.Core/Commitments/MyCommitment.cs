using Mentoring.Core.Circles;
using Mentoring.Core.Common;

namespace Mentoring.Core.Commitments;

/// <summary>One of my open commitments, with the circle it was made in (the personal tab's list).</summary>
/// <param name="Overdue">Its due date is over in every time zone (the browser's clock is not the product's; see <see cref="ListMyCommitments"/>).</param>
public sealed record MyCommitment(CircleId CircleId, string CircleName, Versioned<Commitment> Commitment, bool Overdue = false);
