using Mentoring.Core.Circles;
using Mentoring.Core.Common;

namespace Mentoring.Core.Commitments;

/// <summary>One of my open commitments, with the circle it was made in (the personal tab's list).</summary>
public sealed record MyCommitment(CircleId CircleId, string CircleName, Versioned<Commitment> Commitment);
