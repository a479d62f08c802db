using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Mentoring.Functions.Http;

/// <summary>Writes a text as <c>text/plain</c> (never sniffed as HTML), whatever host runs the function: Graph's validation answer.</summary>
public sealed class PlainTextResponse(string text, int status = StatusCodes.Status200OK) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        response.StatusCode = status;
        response.ContentType = "text/plain; charset=utf-8";
        response.Headers.XContentTypeOptions = "nosniff";
        await response.WriteAsync(text, context.HttpContext.RequestAborted);
    }
}
