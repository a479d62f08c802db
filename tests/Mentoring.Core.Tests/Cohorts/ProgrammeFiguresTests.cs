using Mentoring.Core.Circles;
using Mentoring.Core.Cohorts;
using Mentoring.Core.Ending;
using Mentoring.Core.Goals;
using Mentoring.Core.People;
using Mentoring.Core.Relationship;

namespace Mentoring.Core.Tests.Cohorts;

/// <summary>The programme figures: medians of Kiresuk–Sherman T-scores, counts, and nothing about fewer than five people.</summary>
public sealed class ProgrammeFiguresTests
{
    private static readonly DateTimeOffset At = new(2031, 5, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Five_people_with_one_goal_each_give_the_median_of_their_T_scores_at_the_start_and_now()
    {
        // One goal each, weight 1: T = 50 + 10·x (the formula with one goal); baselines −1 → 40 for all; now −1, 0, 0, +1, +2 →
        // 40, 50, 50, 60, 70: the median is 50.
        var now = new[] { -1, 0, 0, 1, 2 };
        var goals = now.Select(level => new GoalScore(Person(), 1, -1, level)).ToArray();

        var figures = ProgrammeFigures.Of(5, [Circle(CircleStatus.Active, 5, goals)]);

        Assert.Equal(5, figures.ObjectivesWritten);
        Assert.Equal(5, figures.PeopleWithObjectives);
        Assert.Equal(40, figures.MedianTScoreStart);
        Assert.Equal(50, figures.MedianTScoreNow);
    }

    [Fact]
    public void An_even_number_of_scores_gives_the_mean_of_the_two_middle_ones()
    {
        Assert.Equal(55, ProgrammeFigures.Median([40, 50, 60, 70]));
        Assert.Equal(56.2, ProgrammeFigures.Median([56.201737]));
    }

    [Fact]
    public void A_person_s_goals_make_one_score_with_their_weights()
    {
        // One person, weights (2, 1) at (+1, −1): 54.02 by hand (GoalAttainmentTests); four others at 0 → 50: median 50; with
        // that person at 54.02 and four at 60 (one goal at +1) the median is 60.
        var author = Person();
        GoalScore[] weighted = [new(author, 2, 1, 1), new(author, 1, -1, -1)];
        var others = Enumerable.Range(0, 4).Select(_ => new GoalScore(Person(), 1, 0, 1)).ToArray();

        var figures = ProgrammeFigures.Of(8, [Circle(CircleStatus.Active, 3, weighted), Circle(CircleStatus.Active, 5, others)]);

        Assert.Equal(6, figures.ObjectivesWritten);
        Assert.Equal(5, figures.PeopleWithObjectives);
        Assert.Equal(50, figures.MedianTScoreStart);
        Assert.Equal(60, figures.MedianTScoreNow);
    }

    [Fact]
    public void Objectives_of_fewer_than_five_people_show_no_count_and_no_median()
    {
        var goals = Enumerable.Range(0, 4).SelectMany(_ => { var p = Person(); return new[] { new GoalScore(p, 1, -1, 0), new GoalScore(p, 1, -1, 1) }; }).ToArray();

        var figures = ProgrammeFigures.Of(20, [Circle(CircleStatus.Active, 5, goals)]);

        Assert.Null(figures.ObjectivesWritten);
        Assert.Null(figures.PeopleWithObjectives);
        Assert.Null(figures.MedianTScoreStart);
        Assert.Null(figures.MedianTScoreNow);
    }

    [Fact]
    public void A_cohort_of_fewer_than_five_people_shows_nothing()
    {
        var goals = Enumerable.Range(0, 5).Select(_ => new GoalScore(Person(), 1, -1, 0)).ToArray();

        Assert.Equal(ProgrammeFigures.Hidden, ProgrammeFigures.Of(4, [Circle(CircleStatus.Active, 5, goals)]));
    }

    [Fact]
    public void Pulses_are_counted_with_the_share_of_low_answers_once_five_people_answered()
    {
        var four = Enumerable.Range(0, 4).Select(_ => Person()).ToArray();
        PulseAnswer[] answers = [.. four.Select(p => new PulseAnswer(p, 1, 4, 5, At)), new PulseAnswer(four[0], 2, 2, 5, At)];
        Assert.Null(ProgrammeFigures.Of(10, [Circle(CircleStatus.Active, 5, [], answers)]).PulsesAnswered);

        PulseAnswer[] five = [.. answers, new PulseAnswer(Person(), 1, 5, 1, At)];
        var figures = ProgrammeFigures.Of(10, [Circle(CircleStatus.Active, 5, [], five)]);

        Assert.Equal(6, figures.PulsesAnswered);
        Assert.Equal(0.333, figures.LowPulseShare);
    }

    [Fact]
    public void A_circle_closed_through_the_end_question_ended_as_agreed_any_other_close_left_early()
    {
        EndingAnswer[] close = [new(Person(), 1, EndingChoice.Close, 0, At)];
        ProgrammeCircle[] circles =
        [
            Circle(CircleStatus.Closed, 3, [], [], close),
            Circle(CircleStatus.Closed, 3, [], [], close),
            Circle(CircleStatus.Closed, 5, [], [], [new(Person(), 1, EndingChoice.Extend, 2, At)]),
            Circle(CircleStatus.Active, 4, [], [], close),
        ];

        var figures = ProgrammeFigures.Of(15, circles);

        Assert.Equal(2, figures.EndedAsAgreed);
        Assert.Equal(1, figures.LeftEarly);
        Assert.Null(ProgrammeFigures.Of(15, circles[..1]).EndedAsAgreed); // one circle of 3 people: about fewer than five
    }

    private static ProgrammeCircle Circle(
        CircleStatus status, int people, IReadOnlyList<GoalScore> goals, IReadOnlyList<PulseAnswer>? pulses = null, IReadOnlyList<EndingAnswer>? endings = null) =>
        new(status, people, goals, pulses ?? [], endings ?? []);

    private static PersonId Person() => new(Guid.NewGuid());
}
