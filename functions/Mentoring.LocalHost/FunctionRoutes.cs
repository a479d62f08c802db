using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Mentoring.Functions.Http;
using Microsoft.Azure.Functions.Worker;

namespace Mentoring.LocalHost;

/// <summary>
/// Maps every <c>[Function]</c> method with an <c>[HttpTrigger]</c> of the Functions assembly to a Kestrel route, the way the
/// Functions host would: route prefix "api", the trigger's methods, route values bound to string parameters by name, and
/// the worker middleware's gate first (deny by default).
/// Routes are declared once, on the triggers; nothing is repeated here.
/// </summary>
internal static class FunctionRoutes
{
    public static IReadOnlyList<string> MapFunctions(this IEndpointRouteBuilder app, Assembly functions)
    {
        var mapped = new List<string>();
        foreach (var function in FunctionMethod<HttpTriggerAttribute>.In(functions))
        {
            var route = "/api/" + (function.Trigger.Route ?? function.Name);
            var verbs = function.Trigger.Methods?.Select(m => m.ToUpperInvariant()).ToArray() ?? ["GET", "POST"];
            app.MapMethods(route, verbs, context => InvokeAsync(context, function));
            mapped.Add($"{string.Join(',', verbs),-12} {route}");
        }

        return mapped;
    }

    private static async Task InvokeAsync(HttpContext context, FunctionMethod<HttpTriggerAttribute> function)
    {
        // Deny by default, as the worker's middleware does: the same gate decides before the function runs.
        var gate = context.RequestServices.GetRequiredService<FunctionGate>();
        if (await gate.AdmitAsync(context, function.IsAnonymous) is { } refused)
        {
            await refused.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
            return;
        }

        var instance = function.Factory(context.RequestServices, null);
        var arguments = function.Parameters.Select(p => Bind(p, context)).ToArray();
        var result = function.Method.Invoke(instance, arguments) switch
        {
            Task<IActionResult> task => await task,
            IActionResult action => action,
            _ => throw new NotSupportedException($"{function.Name} returns {function.Method.ReturnType}; the local host runs IActionResult functions."),
        };
        await result.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
    }

    private static object? Bind(ParameterInfo parameter, HttpContext context) => parameter.ParameterType switch
    {
        var t when t == typeof(HttpRequest) => context.Request,
        var t when t == typeof(CancellationToken) => context.RequestAborted,
        var t when t == typeof(string) => context.GetRouteValue(parameter.Name!)?.ToString(),
        var t => throw new NotSupportedException($"The local host cannot bind a parameter of type {t.Name} ({parameter.Name})."),
    };
}
