using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Mentoring.Functions.Http;

/// <summary>Writes a value with the API's JSON settings, whatever host runs the function.</summary>
public sealed class JsonResponse(object? value, int status = StatusCodes.Status200OK, string contentType = "application/json; charset=utf-8") : IActionResult
{
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>();

    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = status;
        foreach (var (name, headerValue) in Headers)
        {
            response.Headers[name] = headerValue;
        }

        if (value is null)
        {
            return;
        }

        response.ContentType = contentType;
        await JsonSerializer.SerializeAsync(response.Body, value, value.GetType(), ApiJson.Options, context.HttpContext.RequestAborted);
    }
}
