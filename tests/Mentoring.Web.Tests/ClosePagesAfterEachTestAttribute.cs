using System.Reflection;
using Xunit.Sdk;

namespace Mentoring.Web.Tests;

/// <summary>
/// After each browser test, closes the pages it opened. Left open, every page keeps polling the one shared host (the Teams
/// client's chat every 2 s, the tab's queries) until the run ends, so each test ran slower than the one before it.
/// On the collection definition, so it applies to every browser test (xUnit reads before/after attributes from the test
/// collection, the class and the method).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class ClosePagesAfterEachTestAttribute : BeforeAfterTestAttribute
{
    // Off xUnit's synchronisation context: Playwright's continuations must not wait for the thread this blocks.
    public override void After(MethodInfo methodUnderTest)
    {
        // The test class takes its collection's fixture: close that host's pages, never those of the collection running alongside.
        var fixtureType = methodUnderTest.ReflectedType?.GetConstructors().SelectMany(c => c.GetParameters()).FirstOrDefault()?.ParameterType;
        if (fixtureType is not null && BrowserFixture.ByType.TryGetValue(fixtureType, out var fixture))
            Task.Run(fixture.ClosePagesAsync).GetAwaiter().GetResult();
    }
}
