using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Core.Relationship;
using Mentoring.Core.Tests.Circles;

namespace Mentoring.Core.Tests.Relationship;

/// <summary>An agreement's terms: 3 to 12 months in all, confidentiality always, a group's own rules; any change asks everyone again.</summary>
public sealed class AgreementTests
{
    private static readonly DateTimeOffset Now = new(2031, 3, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly AgreementDraft Draft = new("monthly", 6, "Messages Teams, réponse sous 48 h", null, true);

    private static PersonId Writer => ACircle.Mentorship().Members[0].PersonId;

    [Theory]
    [InlineData(2)]
    [InlineData(13)]
    public void A_duration_outside_3_to_12_months_is_refused(int months)
    {
        ResultAssert.Invalid(Agreement.Write(null, false, Draft with { DurationMonths = months }, Writer, Now), "durationMonths", "agreement.duration.range");
    }

    [Fact]
    public void An_agreement_without_confidentiality_is_refused()
    {
        ResultAssert.Invalid(Agreement.Write(null, false, Draft with { Confidential = false }, Writer, Now), "confidential", "agreement.confidentiality.required");
    }

    [Fact]
    public void A_peer_group_states_its_own_rules_a_mentorship_may_not()
    {
        Assert.True(Agreement.Write(null, false, Draft, Writer, Now).IsSuccess);
        ResultAssert.Invalid(Agreement.Write(null, true, Draft, Writer, Now), "rules", "text.required");
    }

    [Fact]
    public void A_revision_is_a_new_version_keeping_the_extensions()
    {
        var first = Agreement.Write(null, false, Draft, Writer, Now).Value.Extend(3, Writer, Now).Value;

        var revised = Agreement.Write(first, false, Draft with { Frequency = "fortnightly" }, Writer, Now).Value;

        Assert.Equal((3, 3, AgreementFrequency.Fortnightly, 9), (revised.Version, revised.ExtendedMonths, revised.Frequency, revised.TotalMonths));
    }

    [Fact]
    public void An_extension_past_twelve_months_in_all_is_refused_saying_how_much_is_left()
    {
        var nine = Agreement.Write(null, false, Draft with { DurationMonths = 9 }, Writer, Now).Value;

        var error = ResultAssert.Invalid(nine.Extend(4, Writer, Now), "months", "agreement.extension.pastTwelveMonths");

        Assert.Equal(3, error.Args!["max"]);
        Assert.Equal(12, nine.Extend(3, Writer, Now).Value.TotalMonths);
    }

    [Fact]
    public void A_revision_cannot_bring_the_total_past_twelve_months_either()
    {
        var extended = Agreement.Write(null, false, Draft with { DurationMonths = 9 }, Writer, Now).Value.Extend(3, Writer, Now).Value;

        ResultAssert.Invalid(Agreement.Write(extended, false, Draft with { DurationMonths = 10 }, Writer, Now), "durationMonths", "agreement.duration.range");
    }

    [Fact]
    public void Confirmations_of_an_older_version_do_not_count_after_a_change()
    {
        var circle = ACircle.Mentorship();
        var (a, b) = (circle.Members[0].PersonId, circle.Members[1].PersonId);
        var v1 = Agreement.Write(null, false, Draft, a, Now).Value;
        var both = new RelationshipBoard(new Versioned<Agreement>(v1, "e1"),
            [new AgreementConfirmation(a, 1, Now), new AgreementConfirmation(b, 1, Now.AddDays(1))], []);

        var confirmed = AgreementActions.ViewOf(circle, both, a);
        var changed = AgreementActions.ViewOf(circle, both with { Agreement = new Versioned<Agreement>(v1.Extend(1, a, Now).Value, "e2") }, a);

        Assert.Equal((true, Now.AddDays(1), Now.AddDays(1).AddMonths(6)), (confirmed.ConfirmedByAll, confirmed.InForceSince, confirmed.EndsAt));
        Assert.False(changed.ConfirmedByAll);
        Assert.All(changed.Members, m => Assert.Null(m.ConfirmedAt));
    }

    [Fact]
    public void An_extension_confirmed_late_counts_from_the_first_agreement_so_twelve_months_in_all_end_twelve_months_after_it()
    {
        var circle = ACircle.Mentorship();
        var (a, b) = (circle.Members[0].PersonId, circle.Members[1].PersonId);
        var v1 = Agreement.Write(null, false, Draft, a, Now).Value;
        var extended = v1.Extend(6, a, Now.AddMonths(6)).Value;
        var confirmations = new List<AgreementConfirmation>
        {
            new(a, 1, Now), new(b, 1, Now.AddDays(1)),
            new(a, 2, Now.AddMonths(6).AddDays(3)), new(b, 2, Now.AddMonths(6).AddDays(9)),
        };

        var view = AgreementActions.ViewOf(circle, new RelationshipBoard(new Versioned<Agreement>(extended, "e2"), confirmations, []), a);

        Assert.Equal((Now.AddMonths(6).AddDays(9), Now.AddDays(1).AddMonths(12)), (view.InForceSince, view.EndsAt));
    }
}
