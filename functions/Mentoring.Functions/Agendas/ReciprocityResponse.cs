using Mentoring.Core.Reciprocity;

namespace Mentoring.Functions.Agendas;

/// <summary>The circle's balance of help (per member: thanks given and received), every thanks and the mentee's news, newest first.</summary>
public sealed record ReciprocityResponse(IReadOnlyList<MemberBalanceResponse> Balance, IReadOnlyList<ThanksResponse> Thanks, IReadOnlyList<NewsResponse> News)
{
    public static ReciprocityResponse From(ReciprocityView v) => new(
        [.. v.Balance.Select(b => new MemberBalanceResponse(b.PersonId.ToString(), b.DisplayName, b.Given, b.Received))],
        [.. v.Thanks.Select(ThanksResponse.From)],
        [.. v.News.Select(NewsResponse.From)]);
}
