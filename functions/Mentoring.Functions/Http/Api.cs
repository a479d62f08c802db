using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Core.People;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Mentoring.Functions.Http;

/// <summary>What every trigger does around its one use case: take the authenticated caller, read the body, map the result.</summary>
public sealed class Api(FunctionGate gate)
{
    /// <summary>Runs <paramref name="handle"/> for the caller the gate admitted; a host that skipped the gate gets it run here.</summary>
    public async Task<IActionResult> RunAsync(HttpRequest request, Func<Caller, Task<IActionResult>> handle)
    {
        if (FunctionGate.CallerOf(request.HttpContext) is null && await gate.AdmitAsync(request.HttpContext, anonymous: false) is { } refused)
        {
            return refused;
        }

        return await handle(FunctionGate.CallerOf(request.HttpContext)!);
    }

    public Task<IActionResult> RunAsync<TBody>(HttpRequest request, Func<Caller, TBody, Task<IActionResult>> handle, CancellationToken cancellationToken)
        where TBody : class =>
        RunAsync(request, async caller =>
        {
            var body = await RequestBody.ReadAsync<TBody>(request, cancellationToken);
            return body.IsSuccess ? await handle(caller, body.Value) : Problems.From(body.Errors, request);
        });

    /// <summary>The same, for a route naming a circle: an id that is not an id is a 400 naming "id".</summary>
    public Task<IActionResult> ForCircleAsync(HttpRequest request, string id, Func<Caller, CircleId, Task<IActionResult>> handle) =>
        RunAsync(request, caller => CircleId.TryParse(id, out var circle) ? handle(caller, circle) : InvalidId(request, "id"));

    public Task<IActionResult> ForCircleAsync<TBody>(HttpRequest request, string id, Func<Caller, CircleId, TBody, Task<IActionResult>> handle, CancellationToken cancellationToken)
        where TBody : class =>
        RunAsync<TBody>(request, (caller, body) => CircleId.TryParse(id, out var circle) ? handle(caller, circle, body) : InvalidId(request, "id"), cancellationToken);

    /// <summary>The same, for a route naming a circle and one of its members.</summary>
    public Task<IActionResult> ForMemberAsync(HttpRequest request, string id, string personId, Func<Caller, CircleId, PersonId, Task<IActionResult>> handle) =>
        ForCircleAsync(request, id, (caller, circle) => PersonId.TryParse(personId, out var person) ? handle(caller, circle, person) : InvalidId(request, "personId"));

    /// <summary>The client's <c>Idempotency-Key</c> header (IETF httpapi draft): the same key makes a retried POST safe.</summary>
    public static string? IdempotencyKey(HttpRequest request) =>
        request.Headers.TryGetValue("Idempotency-Key", out var key) ? key.ToString() : null;

    /// <summary>The version the caller last saw, from If-Match; "*" and absence both mean "any".</summary>
    public static string? IfMatch(HttpRequest request)
    {
        var value = request.Headers.IfMatch.ToString();
        return string.IsNullOrWhiteSpace(value) || value == "*" ? null : value;
    }

    private static Task<IActionResult> InvalidId(HttpRequest request, string field) =>
        Task.FromResult(Problems.From([Error.Invalid(field, "id.invalid")], request));
}
