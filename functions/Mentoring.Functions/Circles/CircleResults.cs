using Mentoring.Core.Circles;
using Mentoring.Core.Common;
using Mentoring.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Mentoring.Functions.Circles;

/// <summary>A circle result as an HTTP answer: the circle with its ETag, or problem details.</summary>
internal static class CircleResults
{
    public static IActionResult ToResponse(this Result<CircleView> result, HttpRequest request, int status = StatusCodes.Status200OK)
    {
        if (!result.IsSuccess)
        {
            return result.ToJsonResponse(request);
        }

        var body = CircleResponse.From(result.Value);
        var response = new JsonResponse(body, status);
        response.Headers["ETag"] = body.Version;
        if (status == StatusCodes.Status201Created)
        {
            response.Headers["Location"] = $"/api/circles/{body.Id}";
        }

        return response;
    }
}
