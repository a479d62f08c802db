using System.Collections.Concurrent;
using Mentoring.M365Emulator.BotFramework;

namespace Mentoring.M365Emulator.BotConnector;

/// <summary>The Azure Bot registrations: which app ids are bots, their display name, and the messaging endpoint Teams posts to.</summary>
internal sealed class BotRegistrations
{
    private readonly ConcurrentDictionary<string, Registration> _bots = new(StringComparer.OrdinalIgnoreCase);

    public BotRegistrations() => Reset();

    public void Register(string appId, string name, Uri? messagingEndpoint) =>
        _bots[appId] = new Registration(appId, name, messagingEndpoint);

    public Registration? Find(string appId) => _bots.GetValueOrDefault(appId);

    public bool IsBot(string appId) => _bots.ContainsKey(appId);

    /// <summary>Back to the demo bot alone, with no messaging endpoint until a host registers its own.</summary>
    public void Reset()
    {
        _bots.Clear();
        Register(DemoBot.AppId, DemoBot.Name, null);
    }

    /// <summary>One bot: its Microsoft App ID, the name Teams shows, where its activities go.</summary>
    internal sealed record Registration(string AppId, string Name, Uri? MessagingEndpoint);
}
