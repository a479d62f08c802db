using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.Azure.Functions.Worker;

namespace Mentoring.LocalHost;

/// <summary>
/// Maps every <c>[Function]</c> method with an <c>[HttpTrigger]</c> of the Functions assembly to a Kestrel route, the way the
/// Functions host would: route prefix "api", the trigger's methods, route values bound to string parameters by name.
/// Routes are declared once, on the triggers; nothing is repeated here.
/// </summary>
internal static class FunctionRoutes
{
    public static IReadOnlyList<string> MapFunctions(this IEndpointRouteBuilder app, Assembly functions)
    {
        var mapped = new List<string>();
        foreach (var (type, method, trigger) in HttpFunctions(functions))
        {
            var route = "/api/" + (trigger.Route ?? method.GetCustomAttribute<FunctionAttribute>()!.Name);
            var verbs = trigger.Methods?.Select(m => m.ToUpperInvariant()).ToArray() ?? ["GET", "POST"];
            app.MapMethods(route, verbs, context => InvokeAsync(context, type, method));
            mapped.Add($"{string.Join(',', verbs),-12} {route}");
        }

        return mapped;
    }

    private static IEnumerable<(Type Type, MethodInfo Method, HttpTriggerAttribute Trigger)> HttpFunctions(Assembly assembly) =>
        from type in assembly.GetExportedTypes()
        from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
        where method.GetCustomAttribute<FunctionAttribute>() is not null
        let trigger = method.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(a => a is not null)
        where trigger is not null
        select (type, method, trigger);

    private static async Task InvokeAsync(HttpContext context, Type type, MethodInfo method)
    {
        var instance = ActivatorUtilities.CreateInstance(context.RequestServices, type);
        var arguments = method.GetParameters().Select(p => Bind(p, context)).ToArray();
        var returned = method.Invoke(instance, arguments);
        var result = returned switch
        {
            Task<IActionResult> task => await task,
            IActionResult action => action,
            _ => throw new NotSupportedException($"{type.Name}.{method.Name} returns {method.ReturnType}; the local host runs IActionResult functions."),
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
