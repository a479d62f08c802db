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
    public override void After(MethodInfo methodUnderTest) =>
        Task.Run(() => BrowserFixture.Current?.ClosePagesAsync() ?? Task.CompletedTask).GetAwaiter().GetResult();
}
