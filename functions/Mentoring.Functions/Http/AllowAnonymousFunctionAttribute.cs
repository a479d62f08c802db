using System.Reflection;

namespace Mentoring.Functions.Http;

/// <summary>Marks an HTTP function that runs without a caller, on purpose. Every other HTTP function needs a valid token.</summary>
/// <remarks>Deny by default: <see cref="FunctionGate"/> refuses a request to an unmarked function before it runs, in every host.</remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class AllowAnonymousFunctionAttribute : Attribute
{
    public static bool IsOn(MethodInfo function) => function.IsDefined(typeof(AllowAnonymousFunctionAttribute), inherit: false);
}
