using System.Reflection;
using Mentoring.Functions.Http;
using Microsoft.Azure.Functions.Worker;

namespace Mentoring.LocalHost;

/// <summary>A function of the Functions assembly: its class, method, name and trigger attribute, found once at start.</summary>
internal sealed record FunctionMethod<TTrigger>(Type Type, MethodInfo Method, string Name, TTrigger Trigger)
    where TTrigger : Attribute
{
    /// <summary>Makes the function's class from the request's (or a scope's) services without reflecting on each call.</summary>
    public ObjectFactory Factory { get; } = ActivatorUtilities.CreateFactory(Type, Type.EmptyTypes);

    public ParameterInfo[] Parameters { get; } = Method.GetParameters();

    /// <summary>Marked to run without a caller (see <see cref="AllowAnonymousFunctionAttribute"/>).</summary>
    public bool IsAnonymous { get; } = AllowAnonymousFunctionAttribute.IsOn(Method);

    /// <summary>Every public <c>[Function]</c> method with a parameter carrying <typeparamref name="TTrigger"/>.</summary>
    public static IReadOnlyList<FunctionMethod<TTrigger>> In(Assembly assembly) =>
        [.. from type in assembly.GetExportedTypes()
            from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            let function = method.GetCustomAttribute<FunctionAttribute>()
            let trigger = method.GetParameters().Select(p => p.GetCustomAttribute<TTrigger>()).FirstOrDefault(a => a is not null)
            where function is not null && trigger is not null
            select new FunctionMethod<TTrigger>(type, method, function.Name, trigger)];
}
