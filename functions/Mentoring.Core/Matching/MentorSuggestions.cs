using Mentoring.Core.Profiles;

namespace Mentoring.Core.Matching;

/// <summary>Ranks the mentors of a mentee's tenant by fit and says why.</summary>
/// <remarks>
/// Only profiles of the same tenant, visible as mentors, with a free place and a language in common are suggested; never the
/// mentee. The score adds: the mentee's target field among the mentor's fields (30), the mentor already in the target job (25),
/// 8 per sought skill the mentor offers or knows as a field (at most 4), a shared language (20), 1.5 per hour a week both are
/// free at the same time (at most 10 hours), 2 per free place (at most 3) and 0.5 per year of experience (at most 20).
/// Ties go to more free places, then to the person id, so the order is stable. Cost: one pass over the candidates and a heap
/// of <c>count</c>, O(n log count).
/// </remarks>
public static class MentorSuggestions
{
    public const int DefaultCount = 10;

    /// <param name="at">The instant whose UTC offsets are used to compare availability across time zones (the caller's "now").</param>
    public static IReadOnlyList<MentorSuggestion> For(Profile mentee, IEnumerable<Profile> candidates, DateTimeOffset at, int count = DefaultCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var offsets = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var me = Traits.Of(mentee, at, offsets);
        var sought = mentee.SkillsSought.Select(Labels.Key).ToArray();
        var best = new PriorityQueue<MentorSuggestion, (double Score, int Free, Guid Id)>(count + 1, Worst.Instance);
        foreach (var candidate in candidates)
        {
            if (candidate.Tenant != mentee.Tenant || candidate.Person == mentee.Person || !candidate.IsVisibleMentor || candidate.Mentor!.FreePlaces == 0)
            {
                continue;
            }

            var suggestion = Assess(me, sought, Traits.Of(candidate, at, offsets));
            if (suggestion is null)
            {
                continue;
            }

            best.Enqueue(suggestion, (suggestion.Score, candidate.Mentor.FreePlaces, candidate.Person.Value));
            if (best.Count > count)
            {
                best.Dequeue();
            }
        }

        var ranked = new MentorSuggestion[best.Count];
        for (var i = ranked.Length - 1; i >= 0; i--)
        {
            ranked[i] = best.Dequeue();
        }

        return ranked;
    }

    private static MentorSuggestion? Assess(Traits me, string[] sought, Traits them)
    {
        var languages = me.SharedLanguages(them);
        if (languages.Length == 0)
        {
            return null;
        }

        var mentor = them.Profile.Mentor!;
        var fieldKeys = mentor.Fields.Select(Labels.Key).ToArray();
        var field = me.TargetField.Length == 0 ? -1 : Array.IndexOf(fieldKeys, me.TargetField);
        var sameJob = me.TargetJob.Length > 0 && Labels.Key(them.Profile.CurrentJob) == me.TargetJob;
        var offered = them.Profile.SkillsOffered.Where(s => Array.IndexOf(sought, Labels.Key(s)) >= 0)
            .Concat(mentor.Fields.Where(f => Array.IndexOf(sought, Labels.Key(f)) >= 0))
            .DistinctBy(Labels.Key).Take(4).ToArray();
        var overlap = me.Hours.Overlap(them.Hours);
        var score = (field >= 0 ? 30 : 0) + (sameJob ? 25 : 0) + (8 * offered.Length) + 20 + (1.5 * Math.Min(overlap, 10))
            + (2 * Math.Min(mentor.FreePlaces, 3)) + (0.5 * Math.Min(mentor.YearsOfExperience, 20));

        var reasons = new List<SuggestionReason>();
        if (mentor.YearsOfExperience > 0)
        {
            reasons.Add(new SuggestionReason(ReasonKind.Experience, mentor.YearsOfExperience, [mentor.Fields[Math.Max(field, 0)]]));
        }

        if (sameJob)
        {
            reasons.Add(SuggestionReason.Named(ReasonKind.SameJob, them.Profile.CurrentJob));
        }

        if (offered.Length > 0)
        {
            reasons.Add(SuggestionReason.Named(ReasonKind.Skills, offered));
        }

        reasons.Add(SuggestionReason.Named(ReasonKind.Languages, languages));
        if (overlap > 0)
        {
            reasons.Add(SuggestionReason.Count(ReasonKind.Availability, overlap));
        }

        reasons.Add(SuggestionReason.Count(ReasonKind.FreePlaces, mentor.FreePlaces));
        return new MentorSuggestion(them.Profile, score, reasons);
    }

    /// <summary>Orders the heap so that its head is the weakest kept suggestion, the one to drop first.</summary>
    private sealed class Worst : IComparer<(double Score, int Free, Guid Id)>
    {
        public static readonly Worst Instance = new();

        public int Compare((double Score, int Free, Guid Id) x, (double Score, int Free, Guid Id) y)
        {
            var c = x.Score.CompareTo(y.Score);
            if (c == 0)
            {
                c = x.Free.CompareTo(y.Free);
            }

            return c != 0 ? c : y.Id.CompareTo(x.Id);
        }
    }
}
