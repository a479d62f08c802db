using Mentoring.Core.Commitments;
using Mentoring.Core.People;

namespace Mentoring.Functions.Agendas;

/// <summary>One of my open commitments, with its circle (the personal tab); <c>overdue</c> when its due date is over everywhere.</summary>
public sealed record MyCommitmentResponse(string CircleId, string CircleName, CommitmentResponse Commitment, bool Overdue)
{
    public static MyCommitmentResponse From(MyCommitment c, PersonId reader) =>
        new(c.CircleId.ToString(), c.CircleName, CommitmentResponse.From(c.Commitment, null, reader), c.Overdue);
}
