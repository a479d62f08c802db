using Mentoring.Core.Common;
using Mentoring.Core.People;
using Microsoft.Graph.Models;
using CoreWorkingHours = Mentoring.Core.Scheduling.WorkingHours;
using Person = Mentoring.Core.People.Person;
using UserType = Mentoring.Core.People.UserType;

namespace Mentoring.Infrastructure.Graph;

/// <summary>Graph's user and mailboxSettings shapes to Core's people, and the $search expression a typed text becomes.</summary>
internal static class GraphPeople
{
    /// <summary>The product's defaults when the directory says nothing: French first, and France's zone.</summary>
    public const string DefaultLocale = "fr-FR";

    public const string DefaultTimeZone = "Europe/Paris";

    /// <summary>userType is outside Graph's default property set: without $select a guest would look like a member.</summary>
    public static readonly string[] UserFields = ["id", "displayName", "mail", "userPrincipalName", "preferredLanguage", "userType"];

    public static readonly string[] MailboxFields = ["timeZone", "workingHours", "language"];

    public static readonly string[] MatchFields = ["id", "displayName", "mail", "userPrincipalName", "userType"];

    /// <summary>The people a picker may offer: the directory's own hiding is respected (a disabled account, or a person hidden
    /// from the address list, is never offered).</summary>
    /// <remarks>
    /// <c>ne false</c>, not <c>eq true</c>: Entra leaves showInAddressList unset for most people, and unset means listed.
    /// showInAddressList is filterable only in an advanced query (learn.microsoft.com/graph/aad-advanced-queries, "Support for
    /// filter by properties"), which the search already is.
    /// </remarks>
    public const string Offerable = "accountEnabled eq true and showInAddressList ne false";

    public static Person Read(TenantId tenant, User user, MailboxSettings? mailbox)
    {
        var email = Email(user);
        var locale = Nonblank(user.PreferredLanguage) ?? Nonblank(mailbox?.Language?.Locale) ?? DefaultLocale;
        var person = new Person(tenant, new PersonId(Guid.Parse(user.Id!)), Nonblank(user.DisplayName) ?? email, email, locale, "", Type(user));

        // Outlook usually reports a Windows name ("Romance Standard Time"): the locale's region picks among its IANA zones.
        var zone = GraphSchedules.Iana(mailbox?.TimeZone, person) ?? GraphSchedules.Iana(mailbox?.WorkingHours?.TimeZone?.Name, person) ?? DefaultTimeZone;
        return person with { TimeZone = zone, WorkingHours = Hours(mailbox?.WorkingHours, person with { TimeZone = zone }) };
    }

    public static PersonMatch? Match(User user) =>
        Guid.TryParse(user.Id, out var id) && id != Guid.Empty
            ? new PersonMatch(new PersonId(id), Nonblank(user.DisplayName) ?? Email(user), Email(user), Type(user))
            : null;

    /// <summary>Name or email starting with the text, as one literal phrase: nothing typed can add a clause or an operator.</summary>
    /// <remarks>
    /// Graph's rules for directory $search: each clause is "property:text" inside double quotes, and within it only a
    /// double quote and a backslash need escaping, with a backslash; the SDK percent-encodes the rest of the URL.
    /// </remarks>
    public static string Search(string text)
    {
        var literal = text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        return $"\"displayName:{literal}\" OR \"mail:{literal}\"";
    }

    private static string Email(User user) => Nonblank(user.Mail) ?? user.UserPrincipalName ?? "";

    private static UserType Type(User user) =>
        string.Equals(user.UserType, "Guest", StringComparison.OrdinalIgnoreCase) ? UserType.Guest : UserType.Member;

    private static CoreWorkingHours? Hours(WorkingHours? hours, Person person) =>
        hours?.StartTime is { } start && hours.EndTime is { } end
            ? new CoreWorkingHours(
                [.. (hours.DaysOfWeek ?? []).OfType<DayOfWeekObject>().Select(GraphSchedules.Day)],
                new TimeOnly(start.Hour, start.Minute, start.Second),
                new TimeOnly(end.Hour, end.Minute, end.Second),
                GraphSchedules.Iana(hours.TimeZone?.Name, person) ?? person.TimeZone)
            : null;

    private static string? Nonblank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
