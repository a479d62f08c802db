using Mentoring.Core.People;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Mentoring.Functions.Http;

/// <summary>
/// Deny by default: decides, before an HTTP function runs, whether the request may reach it. A function marked
/// <see cref="AllowAnonymousFunctionAttribute"/> always may; any other needs a caller the <see cref="CallerAuthenticator"/>
/// accepts, who is then kept for the function. The worker middleware and the local host's routes both ask this one gate.
/// </summary>
public sealed class FunctionGate(CallerAuthenticator authenticator)
{
    private const string CallerKey = "Mentoring.Caller";

    /// <summary>The answer refusing the request, or null to let the function run.</summary>
    public async Task<IActionResult?> AdmitAsync(HttpContext http, bool anonymous)
    {
        if (anonymous)
        {
            return null;
        }

        var caller = await authenticator.AuthenticateAsync(http.Request);
        if (!caller.IsSuccess)
        {
            return Problems.From(caller.Errors, http.Request);
        }

        http.Items[CallerKey] = caller.Value;
        return null;
    }

    /// <summary>The caller the gate admitted for this request, if it ran.</summary>
    public static Caller? CallerOf(HttpContext http) => http.Items.TryGetValue(CallerKey, out var caller) ? caller as Caller : null;
}
