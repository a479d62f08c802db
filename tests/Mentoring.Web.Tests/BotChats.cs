using System.Text.Encodings.Web;
using System.Text.Json;
using Mentoring.M365Emulator;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Mentoring.Web.Tests;

/// <summary>A person's chat with the bot in the emulator's Teams client, and the cards in it.</summary>
internal static class BotChats
{
    // Unescaped, so a circle named with accents is found in the activities' JSON as written.
    private static readonly JsonSerializerOptions AsWritten = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Until the emulator's Teams holds a message to <paramref name="member"/> naming <paramref name="circle"/> (the dispatch is queued work).</summary>
    public static async Task CardPostedAsync(BrowserFixture fixture, DemoUser member, string circle)
    {
        var teams = fixture.Host.Emulator.BotConnector;
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        while (!teams.ConversationsOf(member.Id).SelectMany(teams.ActivitiesOf).Any(a => a.ToJsonString(AsWritten).Contains(circle, StringComparison.Ordinal)))
        {
            await Task.Delay(100, limit.Token);
        }
    }

    /// <summary>The list item holding the last card of this circle in the chat.</summary>
    public static ILocator Card(IPage page, string circle) =>
        page.GetByRole(AriaRole.List, new() { NameRegex = new("^Conversation avec |^Chat with ") }).GetByRole(AriaRole.Listitem).Filter(new() { HasText = circle }).Last;

    /// <summary>The person's chat, in their time zone, once drawn.</summary>
    public static async Task<IPage> ChatAsync(BrowserFixture fixture, DemoUser user, string query = "")
    {
        var page = await fixture.NewPageAsync(user.TimeZone);
        await page.GotoAsync(fixture.TeamsUrl(user.UserPrincipalName, "&view=chat" + query));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Chat" })).ToBeVisibleAsync();
        return page;
    }
}
