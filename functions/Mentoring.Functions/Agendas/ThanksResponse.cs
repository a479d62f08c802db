using Mentoring.Core.Reciprocity;

namespace Mentoring.Functions.Agendas;

/// <summary>"<c>fromId</c> thanks <c>toId</c> for <c>what</c>".</summary>
public sealed record ThanksResponse(string Id, string FromId, string ToId, string What, DateTimeOffset At)
{
    public static ThanksResponse From(Thanks t) => new(t.Id.ToString(), t.From.ToString(), t.To.ToString(), t.What, t.At.ToUniversalTime());
}
