using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Mentoring.Functions.Privacy;

/// <summary>A page to download (the export's readable summary), whatever host runs the function.</summary>
public sealed class HtmlResponse(string html, string fileName) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await response.Body.WriteAsync(Encoding.UTF8.GetBytes(html), context.HttpContext.RequestAborted);
    }
}
