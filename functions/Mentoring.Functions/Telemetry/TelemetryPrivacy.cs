using Microsoft.Extensions.Logging;

namespace Mentoring.Functions.Telemetry;

/// <summary>What the app's logs may carry to Application Insights: ids, counts and outcomes, never a URL's query or a person's words.</summary>
/// <remarks>
/// The worker's logs travel to the Functions host and on to Application Insights as traces. Some framework categories write
/// the whole request URL at Information, query string included: ASP.NET Core's "Request starting/finished …" lines
/// (Microsoft.AspNetCore.Hosting.Diagnostics) would keep <c>?search=Léa Dubois</c> or a meeting's join URL for the workspace's
/// retention, out of reach of an erasure. Those categories are kept to warnings and errors, which name no URL. The host's own
/// request telemetry carries no URL either (host.json, <c>enableHttpTriggerExtendedInfoCollection: false</c>). The product's own
/// log messages name only ids (tenant, circle, session, person ids) and counts; <c>TelemetryTests</c> holds them to it.
/// </remarks>
public static class TelemetryPrivacy
{
    /// <summary>Framework categories that log request URLs (query included) or bodies below Warning.</summary>
    public static readonly IReadOnlyList<string> UrlCategories =
    [
        "Microsoft.AspNetCore.Hosting.Diagnostics",
        "Microsoft.AspNetCore.HttpLogging",
        "Microsoft.AspNetCore.W3CLogging",
        "System.Net.Http.HttpClient",
    ];

    public static ILoggingBuilder KeepPersonalDataOut(this ILoggingBuilder logging)
    {
        ArgumentNullException.ThrowIfNull(logging);
        foreach (var category in UrlCategories)
        {
            logging.AddFilter(category, LogLevel.Warning);
        }

        return logging;
    }
}
