using Mentoring.Core.Common;
using Mentoring.Core.Ending;
using Mentoring.Core.People;
using Mentoring.Core.Relationship;
using Mentoring.Core.Tests.Circles;

namespace Mentoring.Core.Tests.Ending;

/// <summary>The end question opens two weeks before the agreed end, only for an agreement everyone confirmed; an extension
/// goes up to the agreed duration.</summary>
public sealed class AgreementEndTests
{
    private static readonly DateTimeOffset Start = new(2031, 3, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly AgreementDraft Draft = new("monthly", 4, "Messages Teams", null, true);

    private static PersonId Writer => ACircle.Mentorship().Members[0].PersonId;

    private static Agreement Terms => Agreement.Write(null, false, Draft, Writer, Start).Value;

    [Theory]
    [InlineData(-15, false)]
    [InlineData(-14, true)]
    [InlineData(3, true)]
    public void The_question_opens_fourteen_days_before_the_agreed_end(int daysFromEnd, bool open)
    {
        var ends = Start.AddMonths(4);
        var view = new AgreementView(new Versioned<Agreement>(Terms, "v"), [], Start, ends);

        Assert.Equal(open ? 1 : null, AgreementEnd.OpenRound(view, ends.AddDays(daysFromEnd)));
    }

    [Fact]
    public void An_agreement_not_confirmed_by_everyone_has_no_end_to_ask_about()
    {
        var view = new AgreementView(new Versioned<Agreement>(Terms, "v"), [], null, null);

        Assert.Null(AgreementEnd.OpenRound(view, Start.AddYears(2)));
    }

    [Fact]
    public void An_extension_goes_up_to_the_agreed_duration()
    {
        Assert.Null(AgreementEnd.CheckMonths(Terms, 4));
        Assert.Equal("ending.extension.pastAgreedDuration", AgreementEnd.CheckMonths(Terms, 5)!.Code);
        Assert.Equal("agreement.extension.range", AgreementEnd.CheckMonths(Terms, 0)!.Code);
    }
}
