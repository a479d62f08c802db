using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Mentoring.Functions.Health;
using Mentoring.Functions.Http;
using Microsoft.Azure.Functions.Worker;

namespace Mentoring.Api.Tests;

/// <summary>Every HTTP function needs a valid caller unless it is marked anonymous on purpose, whoever wrote it and however.</summary>
[Collection(LocalHostCollection.Name)]
public sealed partial class DenyByDefaultTests(LocalHostFixture fixture)
{
    [Fact]
    public async Task A_function_that_does_not_authenticate_is_refused_without_a_token_and_reached_with_one()
    {
        using var anonymous = fixture.Users.WithToken(null);
        using var camille = await fixture.Users.AsAsync(Users.Camille);

        var refused = await anonymous.GetAsync("probe/unmarked");
        var reached = await camille.GetAsync("probe/unmarked");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("auth.required", (await Circles.ProblemAsync(refused))["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, reached.StatusCode);
    }

    [Fact]
    public async Task Every_http_function_of_the_app_is_marked_anonymous_or_refuses_a_call_without_a_token()
    {
        using var anonymous = fixture.Users.WithToken(null);
        var functions = HttpFunctions(typeof(HealthFunction).Assembly);
        Assert.True(functions.Length > 10, $"only {functions.Length} functions found");

        foreach (var (name, route, verbs, isAnonymous) in functions)
        {
            foreach (var verb in verbs)
            {
                var url = RouteValue().Replace(route, Guid.NewGuid().ToString());
                using var request = new HttpRequestMessage(new HttpMethod(verb), url) { Content = verb is "GET" or "DELETE" ? null : new StringContent("{}") };
                var status = (await anonymous.SendAsync(request)).StatusCode;
                // The bot's endpoint passes the Entra gate (its caller is a channel) and refuses a tokenless call itself.
                var refusedWithoutToken = !isAnonymous || name == "BotMessages";
                Assert.True(refusedWithoutToken ? status == HttpStatusCode.Unauthorized : status != HttpStatusCode.Unauthorized, $"{name} {verb} {url}: {status}");
            }
        }

        // Graph's notifications carry no token: their clientState is their credential (CalendarNotificationFunction).
        Assert.Equal(["BotMessages", "CalendarNotifications", "Health"], functions.Where(f => f.Anonymous).Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    private static (string Name, string Route, string[] Verbs, bool Anonymous)[] HttpFunctions(Assembly assembly) =>
        [.. from type in assembly.GetExportedTypes()
            from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            let function = method.GetCustomAttribute<FunctionAttribute>()
            let trigger = method.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(a => a is not null)
            where function is not null && trigger is not null
            select (function.Name, trigger.Route ?? function.Name, trigger.Methods?.Select(m => m.ToUpperInvariant()).ToArray() ?? ["GET", "POST"], AllowAnonymousFunctionAttribute.IsOn(method))];

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteValue();
}
