using System.Globalization;
using Mentoring.Core.Circles;
using Mentoring.Core.Delivery;
using Mentoring.Core.People;

namespace Mentoring.Core.Ending;

/// <summary>The outbox identity of each notice: one row per member and end round, per flag, per warning. Enqueuing the same
/// notice at every timer run therefore sends it once (<see cref="DeliverCard"/>), whatever the retries.</summary>
public static class EndingCardKeys
{
    private const string Question = "ending-";
    private const string Flag = "inactivity-";
    private const string Warning = "-warning";

    public static CardDelivery QuestionTo(Circle circle, PersonId member, int round) =>
        new(circle.Tenant, circle.Id, Question + round.ToString(CultureInfo.InvariantCulture), member, CardKind.EndingQuestion);

    public static CardDelivery FlagTo(Circle circle, PersonId member, InactivityFlag flag, bool warning) =>
        new(circle.Tenant, circle.Id, Flag + flag.RaisedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) + (warning ? Warning : ""), member, CardKind.InactivityFlag);

    /// <summary>The end round a question card is about, or null for another key.</summary>
    public static int? RoundOf(string key) =>
        key.StartsWith(Question, StringComparison.Ordinal) && int.TryParse(key[Question.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var round) ? round : null;

    /// <summary>Whether a flag card's key is about <paramref name="flag"/> as it is now (its warning only once it was warned).</summary>
    public static bool IsAbout(string key, Circle circle, InactivityFlag flag, out bool warning)
    {
        warning = key.EndsWith(Warning, StringComparison.Ordinal);
        return FlagTo(circle, default, flag, warning).SessionId == key && (!warning || flag.WarnedAt is not null);
    }
}
