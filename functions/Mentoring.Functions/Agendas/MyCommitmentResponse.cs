using Mentoring.Core.Commitments;
using Mentoring.Core.People;

namespace Mentoring.Functions.Agendas;

/// <summary>One of my open commitments, with its circle (the personal tab).</summary>
public sealed record MyCommitmentResponse(string CircleId, string CircleName, CommitmentResponse Commitment)
{
    public static MyCommitmentResponse From(MyCommitment c, PersonId reader) =>
        new(c.CircleId.ToString(), c.CircleName, CommitmentResponse.From(c.Commitment, null, reader));
}
