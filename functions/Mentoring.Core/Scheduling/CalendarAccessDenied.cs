namespace Mentoring.Core.Scheduling;

/// <summary>The organizer's mailbox refused the app (Exchange <c>ErrorAccessDenied</c>): how often, and when the timer tries again.</summary>
/// <remarks>
/// An application access policy that leaves the organizer's mailbox out (learn.microsoft.com/graph/auth-limit-mailbox-access), or a
/// Calendars.ReadWrite grant missing, changes only when an administrator acts, and such changes "can take longer than 1 hour to take
/// effect" (same page). So the timer waits <see cref="FirstDelay"/>, then twice as long after each refusal, and gives up after
/// <see cref="MaxTries"/> refusals (about 2.6 days after the first) instead of asking every run forever; the organizer reads in the
/// tab what to ask their administrator, and asks for a new try once it is done (<see cref="RetryCalendarAccess"/>).
/// </remarks>
public sealed record CalendarAccessDenied(int Tries, DateTimeOffset FirstAt, DateTimeOffset NextTryAt)
{
    /// <summary>The error a calendar gateway returns when the organizer's mailbox refuses the app.</summary>
    public const string Code = "calendar.mailboxAccessDenied";

    /// <summary>Refusals after which the timer stops trying on its own.</summary>
    public const int MaxTries = 7;

    public static readonly TimeSpan FirstDelay = TimeSpan.FromHours(1);

    /// <summary>No more automatic tries: only the organizer's request starts them again.</summary>
    public bool GaveUp => Tries >= MaxTries;

    public static CalendarAccessDenied First(DateTimeOffset now) => new(1, now, now + FirstDelay);

    /// <summary>One more refusal: the wait doubles (1 h, 2 h, 4 h …).</summary>
    public CalendarAccessDenied Again(DateTimeOffset now) => new(Tries + 1, FirstAt, now + FirstDelay * Math.Pow(2, Tries));

    /// <summary>Whether the timer may ask the calendar again at <paramref name="now"/>.</summary>
    public bool IsDue(DateTimeOffset now) => !GaveUp && now >= NextTryAt;

    /// <summary>The state after a refusal at <paramref name="now"/>, from none or an earlier one.</summary>
    public static CalendarAccessDenied After(CalendarAccessDenied? earlier, DateTimeOffset now) => earlier?.Again(now) ?? First(now);
}
