using System.Collections.Frozen;
using System.Reflection;
using Mentoring.Functions.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Functions;

/// <summary>Deny by default in the Functions worker: every HTTP invocation passes the <see cref="FunctionGate"/> first.</summary>
/// <remarks>Functions does not enforce [Authorize]; this does, for functions written tomorrow as much as today's.</remarks>
public sealed class AuthenticationMiddleware : IFunctionsWorkerMiddleware
{
    /// <summary>The functions marked anonymous, by function name (what the worker knows a function by).</summary>
    private static readonly FrozenSet<string> Anonymous =
        (from type in typeof(AuthenticationMiddleware).Assembly.GetExportedTypes()
         from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
         where method.GetCustomAttribute<FunctionAttribute>() is not null && AllowAnonymousFunctionAttribute.IsOn(method)
         select method.GetCustomAttribute<FunctionAttribute>()!.Name).ToFrozenSet(StringComparer.Ordinal);

    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (context.GetHttpContext() is { } http)
        {
            var gate = context.InstanceServices.GetRequiredService<FunctionGate>();
            if (await gate.AdmitAsync(http, Anonymous.Contains(context.FunctionDefinition.Name)) is { } refused)
            {
                await refused.ExecuteResultAsync(new ActionContext { HttpContext = http });
                return;
            }
        }

        await next(context);
    }
}
