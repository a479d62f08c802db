using System.Text.Json.Nodes;
using Mentoring.M365Emulator.Time;

namespace Mentoring.M365Emulator.Graph.Users;

/// <summary>The user resource as Graph renders it: a default property set, or exactly what $select names.</summary>
/// <remarks>
/// Graph v1.0 returns only businessPhones, displayName, givenName, id, jobTitle, mail, mobilePhone, officeLocation,
/// preferredLanguage, surname and userPrincipalName unless $select asks otherwise, so userType (member or guest) is only
/// ever seen by a client that selects it. An unknown name in $select is a 400, as in Graph.
/// </remarks>
internal static class UserJson
{
    private static readonly string[] DefaultSet =
        ["businessPhones", "displayName", "givenName", "id", "jobTitle", "mail", "mobilePhone", "officeLocation", "preferredLanguage", "surname", "userPrincipalName"];

    /// <summary>The $select list (null = the default set), or an error naming the first property users do not have.</summary>
    public static (string[]? Select, IResult? Error) ReadSelect(HttpRequest request)
    {
        var raw = request.Query["$select"].ToString();
        if (raw.Length == 0)
            return (null, null);
        var names = raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = names.FirstOrDefault(n => !Properties(Sample).ContainsKey(n));
        return unknown is null
            ? (names, null)
            : (null, GraphErrors.Result(StatusCodes.Status400BadRequest, "Request_BadRequest", $"Could not find a property named '{unknown}' on type 'microsoft.graph.user'."));
    }

    /// <summary>The OData context fragment: "users" or "users(displayName,mail)", as Graph writes it.</summary>
    public static string Context(string[]? select) => select is null ? "users" : $"users({string.Join(',', select)})";

    public static JsonObject Render(DemoUser user, string[]? select)
    {
        var all = Properties(user);
        var body = new JsonObject();
        foreach (var name in select ?? DefaultSet)
        {
            var key = all.Keys.First(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
            body[key] = all[key]?.DeepClone();
        }

        return body;
    }

    public static JsonObject MailboxSettings(DemoUser user) => new()
    {
        // Outlook stores the Windows name when the user picks a zone in settings; so does the emulator.
        ["timeZone"] = GraphTime.WindowsName(user.TimeZone),
        ["dateFormat"] = user.PreferredLanguage.StartsWith("fr", StringComparison.Ordinal) ? "dd/MM/yyyy" : "MM/dd/yyyy",
        ["timeFormat"] = "HH:mm",
        ["userPurpose"] = "user",
        ["language"] = new JsonObject { ["locale"] = user.PreferredLanguage, ["displayName"] = user.PreferredLanguage },
        ["workingHours"] = UserEndpoints.WorkingHours(user),
    };

    private static readonly DemoUser Sample = DemoDirectory.Users[0];

    private static Dictionary<string, JsonNode?> Properties(DemoUser user) => new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = user.Id.ToString(),
        ["businessPhones"] = new JsonArray(),
        ["displayName"] = user.DisplayName,
        ["givenName"] = user.DisplayName.Split(' ')[0],
        ["surname"] = user.DisplayName.Split(' ', 2)[^1],
        ["jobTitle"] = null,
        ["mail"] = user.Email,
        ["mobilePhone"] = null,
        ["officeLocation"] = null,
        ["preferredLanguage"] = user.PreferredLanguage,
        ["userPrincipalName"] = user.UserPrincipalName,
        ["userType"] = user.UserType,
        ["accountEnabled"] = user.AccountEnabled,
        ["showInAddressList"] = user.ShowInAddressList,
        ["usageLocation"] = user.PreferredLanguage.Split('-')[^1],
    };
}
