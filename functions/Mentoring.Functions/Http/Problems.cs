using System.Collections.Frozen;
using Mentoring.Core.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Mentoring.Functions.Http;

/// <summary>The one mapping from expected failures to RFC 9110 problem details, in the caller's language.</summary>
public static class Problems
{
    public const string ContentType = "application/problem+json; charset=utf-8";

    public static IActionResult From(IReadOnlyList<Error> errors, HttpRequest request)
    {
        var english = Language.PrefersEnglish(request);
        var first = errors[0];
        var status = StatusOf(first);
        var problem = new ProblemDetails
        {
            Type = $"https://www.rfc-editor.org/rfc/rfc9110#status.{status}",
            Title = Title(status, english),
            Status = status,
            Detail = ErrorMessages.Format(first.Code, first.Args, english),
            Instance = request.Path,
        };
        problem.Extensions["code"] = first.Code;
        var withField = errors.Where(e => e.Field is not null).ToArray();
        if (withField.Length > 0)
        {
            problem.Extensions["errors"] = withField.GroupBy(e => e.Field!).ToDictionary(g => g.Key, g => g.Select(e => ErrorMessages.Format(e.Code, e.Args, english)).ToArray());
            problem.Extensions["codes"] = withField.GroupBy(e => e.Field!).ToDictionary(g => g.Key, g => g.Select(e => e.Code).ToArray());
        }

        var response = new JsonResponse(problem, status, ContentType);
        if (status == StatusCodes.Status401Unauthorized)
        {
            response.Headers["WWW-Authenticate"] = "Bearer";
        }

        if (first.Args?.TryGetValue("retryAfterSeconds", out var seconds) == true)
        {
            response.Headers["Retry-After"] = seconds.ToString()!;
        }

        return response;
    }

    /// <summary>The error for a missing or invalid token (401 with a Bearer challenge).</summary>
    public static Error AuthenticationRequired { get; } = new(ErrorKind.Validation, "auth.required");

    public static IActionResult Unauthorized(HttpRequest request) => From([AuthenticationRequired], request);

    /// <summary>The statuses a code has of its own, whatever its kind: HTTP stays here, Core's errors know only their kind.</summary>
    private static readonly FrozenDictionary<string, int> StatusByCode = new Dictionary<string, int>
    {
        ["auth.required"] = StatusCodes.Status401Unauthorized,
        ["request.body.tooLarge"] = StatusCodes.Status413PayloadTooLarge,
        ["server.error"] = StatusCodes.Status500InternalServerError,
    }.ToFrozenDictionary();

    private static int StatusOf(Error error) =>
        StatusByCode.TryGetValue(error.Code, out var status) ? status : error.Kind switch
        {
            ErrorKind.Validation => StatusCodes.Status400BadRequest,
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status503ServiceUnavailable,
        };

    private static string Title(int status, bool english) => status switch
    {
        400 => english ? "The request has errors." : "La requête contient des erreurs.",
        401 => english ? "Authentication required." : "Authentification requise.",
        403 => english ? "Not allowed." : "Action non autorisée.",
        404 => english ? "Not found." : "Introuvable.",
        409 => english ? "Conflict." : "Conflit.",
        413 => english ? "Request too large." : "Requête trop volumineuse.",
        503 => english ? "Service unavailable." : "Service indisponible.",
        _ => english ? "Error." : "Erreur.",
    };
}
