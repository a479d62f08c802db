namespace Mentoring.Core.Privacy;

/// <summary>The kinds of personal data the product holds, as the least-sight table lists them.</summary>
public enum PersonalDataKind
{
    /// <summary>Name, email, language, time zone, working hours (from the directory).</summary>
    Identity,

    /// <summary>What a person says of their career change, or offers as a mentor.</summary>
    Profile,

    /// <summary>The circles a person is in, their role and objective there.</summary>
    Membership,

    /// <summary>Sessions: dates, attendance.</summary>
    Sessions,

    /// <summary>Agenda items (blockers, questions, successes, topics).</summary>
    AgendaItems,

    /// <summary>Commitments and what became of them.</summary>
    Commitments,

    /// <summary>Private notes on a session.</summary>
    Notes,

    /// <summary>Thanks and news shared in a peer group.</summary>
    Thanks,

    /// <summary>Answers to the follow-up card (attendance, blockers, usefulness).</summary>
    FollowUps,

    /// <summary>Counts only: sessions held, commitments made, kept, dropped; no text.</summary>
    Activity,

    /// <summary>A member's objectives (title, five level texts, weight, baseline) and monthly placements (issue 23): the author's, shared only as they chose.</summary>
    Goals,

    /// <summary>A circle's agreement (frequency, duration, how they talk, rules) and who confirmed which version (issue 23.4).</summary>
    Agreement,

    /// <summary>Relationship pulse answers (two answers 1–5 per person and pulse; issue 23.5).</summary>
    Pulse,
}
