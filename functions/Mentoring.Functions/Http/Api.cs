using Mentoring.Core.People;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Mentoring.Functions.Http;

/// <summary>What every trigger does around its one use case: authenticate, read the body, map the result.</summary>
public sealed class Api(CallerAuthenticator authenticator)
{
    public async Task<IActionResult> RunAsync(HttpRequest request, Func<Caller, Task<IActionResult>> handle)
    {
        var caller = await authenticator.AuthenticateAsync(request);
        return caller is null ? Problems.Unauthorized(request) : await handle(caller);
    }

    public Task<IActionResult> RunAsync<TBody>(HttpRequest request, Func<Caller, TBody, Task<IActionResult>> handle, CancellationToken cancellationToken)
        where TBody : class =>
        RunAsync(request, async caller =>
        {
            var body = await RequestBody.ReadAsync<TBody>(request, cancellationToken);
            return body.IsSuccess ? await handle(caller, body.Value) : Problems.From(body.Errors, request);
        });

    /// <summary>The client's <c>Idempotency-Key</c> header (IETF httpapi draft): the same key makes a retried POST safe.</summary>
    public static string? IdempotencyKey(HttpRequest request) =>
        request.Headers.TryGetValue("Idempotency-Key", out var key) ? key.ToString() : null;

    /// <summary>The version the caller last saw, from If-Match; "*" and absence both mean "any".</summary>
    public static string? IfMatch(HttpRequest request)
    {
        var value = request.Headers.IfMatch.ToString();
        return string.IsNullOrWhiteSpace(value) || value == "*" ? null : value;
    }
}
