using Mentoring.Core.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Mentoring.Functions.Http;

/// <summary>A use case's result as an HTTP answer: its value as JSON, or problem details.</summary>
public static class ResultResponses
{
    public static IActionResult ToJsonResponse<T>(this Result<T> result, HttpRequest request, int status = StatusCodes.Status200OK) =>
        result.IsSuccess ? new JsonResponse(result.Value, status) : Problems.From(result.Errors, request);
}
