using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Mentoring.M365Emulator.BotConnector;

/// <summary>The conversations, one per bot and person as in Teams: creating it again returns the same one.</summary>
internal sealed class ConversationStore(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Conversation> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Bot, Guid User), Conversation> _byPair = [];
    private long _lastActivityId;

    public (Conversation Conversation, bool Created) GetOrCreate(string botAppId, TeamsPerson person)
    {
        lock (_gate)
        {
            var key = (botAppId.ToLowerInvariant(), person.Id);
            if (_byPair.TryGetValue(key, out var existing))
                return (existing, false);

            // Teams' personal conversation ids look like "a:1…": opaque, and nothing a bot should parse.
            var id = "a:1" + Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(48));
            var conversation = new Conversation(id, botAppId, person);
            _byId[id] = conversation;
            _byPair[key] = conversation;
            return (conversation, true);
        }
    }

    public Conversation? Find(string id)
    {
        lock (_gate)
            return _byId.GetValueOrDefault(id);
    }

    public Conversation[] ForUser(Guid userId)
    {
        lock (_gate)
            return [.. _byId.Values.Where(c => c.Person.Id == userId)];
    }

    /// <summary>Teams' message ids are the milliseconds of their arrival ("1632474074231"); unique here even within one millisecond.</summary>
    public string NextActivityId()
    {
        lock (_gate)
        {
            _lastActivityId = Math.Max(_lastActivityId + 1, time.GetUtcNow().ToUnixTimeMilliseconds());
            return _lastActivityId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _byId.Clear();
            _byPair.Clear();
        }
    }
}
