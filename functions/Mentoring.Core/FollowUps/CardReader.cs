using System.Globalization;
using Mentoring.Core.Circles;
using Mentoring.Core.People;
using Mentoring.Core.Scheduling;
using NodaTime;

namespace Mentoring.Core.FollowUps;

/// <summary>Who reads a card: their language (French unless they read English) and their own time zone, for dates and times.</summary>
public sealed record CardReader(bool English, DateTimeZone Zone)
{
    public CardTexts Texts => CardTexts.For(English);

    /// <summary>The activity's locale: the card's language.</summary>
    public string Locale => English ? "en-US" : "fr-FR";

    private CultureInfo Culture => CultureInfo.GetCultureInfo(Locale);

    /// <summary>The person's language and zone; the circle's zone when the directory does not know theirs.</summary>
    public static CardReader For(Person? person, Circle circle) => new(
        IsEnglish(person?.Locale),
        TimeZones.TryFind(person?.TimeZone, out var zone) ? zone : TimeZones.Get(circle.Cadence.TimeZone));

    /// <summary>English for an English locale, French for anything else (French first).</summary>
    public static bool IsEnglish(string? locale) => locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>"jeudi 11 mars 2027" / "Thursday, March 11, 2027".</summary>
    public string Day(DateTimeOffset instant) => TimeZones.LocalIn(instant, Zone).ToString("D", Culture);

    /// <summary>"jeudi 11 mars 2027 18:00" / "Thursday, March 11, 2027 6:00 PM".</summary>
    public string DayAndTime(DateTimeOffset instant) => TimeZones.LocalIn(instant, Zone).ToString("f", Culture);
}
