using Mentoring.Core.Relationship;
using Mentoring.Core.Tests.Circles;

namespace Mentoring.Core.Tests.Relationship;

/// <summary>Pulses open at 30 days then every 60; the others' answers show only once everyone answered; a low answer suggests talking.</summary>
public sealed class PulseTests
{
    private static readonly DateTimeOffset Start = new(2031, 1, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(29, 0)]
    [InlineData(30, 1)]
    [InlineData(89, 1)]
    [InlineData(90, 2)]
    [InlineData(150, 3)]
    public void A_pulse_opens_at_30_days_then_every_60(int days, int number)
    {
        Assert.Equal(number, PulseSchedule.NumberAt(Start, Start.AddDays(days)));
    }

    [Fact]
    public void The_other_answer_is_hidden_until_both_answered()
    {
        var circle = ACircle.Mentorship() with { CreatedAt = Start };
        var (a, b) = (circle.Members[0].PersonId, circle.Members[1].PersonId);
        var now = Start.AddDays(31);
        var onlyB = new[] { new PulseAnswer(b, 1, 1, 2, now) };

        var before = Pulses.ViewOf(circle, a, onlyB, now);
        var after = Pulses.ViewOf(circle, a, [.. onlyB, new PulseAnswer(a, 1, 4, 4, now)], now);

        Assert.Equal((null, 0, false), (before.Mine, before.Others.Count, before.SuggestTalking));
        Assert.Equal((1, 2, true), (after.Others.Single().Useful, after.Others.Single().Working, after.SuggestTalking));
    }

    [Fact]
    public void Answers_to_an_earlier_pulse_are_not_this_pulses()
    {
        var circle = ACircle.Mentorship() with { CreatedAt = Start };
        var a = circle.Members[0].PersonId;

        var view = Pulses.ViewOf(circle, a, [new PulseAnswer(a, 1, 5, 5, Start.AddDays(31))], Start.AddDays(91));

        Assert.Equal((2, null), (view.Number, view.Mine));
        Assert.Equal(Start.AddDays(150), view.NextAt);
    }

    [Theory]
    [InlineData(2, 5, true)]
    [InlineData(5, 2, true)]
    [InlineData(3, 3, false)]
    public void An_answer_of_2_or_less_to_either_question_is_low(int useful, int working, bool low)
    {
        Assert.Equal(low, new PulseAnswer(default, 1, useful, working, Start).IsLow);
    }
}
