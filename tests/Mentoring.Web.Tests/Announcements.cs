using Microsoft.Playwright;

namespace Mentoring.Web.Tests;

/// <summary>What a screen reader hears and where focus is, read as the tests need them.</summary>
internal static class Announcements
{
    /// <summary>The page's one polite live region (the root's announcer): what it says is what a screen reader announces.</summary>
    public static ILocator LiveRegion(this IFrameLocator frame) => frame.Locator("[data-announcer][aria-live='polite']");

    /// <summary>True when the element is its document's focused element (document.activeElement), inside a frame too.</summary>
    public static Task<bool> HasFocusAsync(this ILocator element) =>
        element.EvaluateAsync<bool>("e => e.ownerDocument.activeElement === e");
}
