using Mentoring.Core.Common;
using Mentoring.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Mentoring.Functions.Agendas;

/// <summary>Answers shared by the agenda triggers.</summary>
internal static class Routes
{
    public static IActionResult InvalidId(HttpRequest request, string field) => Problems.From([Error.Invalid(field, "id.invalid")], request);

    public static IActionResult ToNoContent(this Result<Unit> result, HttpRequest request) =>
        result.IsSuccess ? new JsonResponse(null, StatusCodes.Status204NoContent) : Problems.From(result.Errors, request);
}
