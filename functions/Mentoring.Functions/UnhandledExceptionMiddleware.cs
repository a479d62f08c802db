using Mentoring.Core.Common;
using Mentoring.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.Logging;

namespace Mentoring.Functions;

/// <summary>The one place a bug (an exception) is caught: logged once, answered with a bare 500 problem.</summary>
public sealed class UnhandledExceptionMiddleware(ILogger<UnhandledExceptionMiddleware> logger) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (Exception e) when (context.GetHttpContext() is { } http && !http.Response.HasStarted)
        {
            logger.LogError(e, "Function {Function} failed", context.FunctionDefinition.Name);
            await ServerError(http.Request).ExecuteResultAsync(new ActionContext { HttpContext = http });
        }
    }

    public static IActionResult ServerError(HttpRequest request)
    {
        return Problems.From([new Error(ErrorKind.Unavailable, "server.error")], request);
    }
}
