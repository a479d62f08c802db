using System.Text.Json.Nodes;

namespace Mentoring.M365Emulator.BotConnector;

/// <summary>A 1:1 conversation between a bot and a person, with its activities in the order they were posted.</summary>
internal sealed class Conversation(string id, string botAppId, TeamsPerson person)
{
    private readonly Lock _gate = new();
    private readonly List<JsonObject> _activities = [];

    public string Id { get; } = id;

    public string BotAppId { get; } = botAppId;

    public TeamsPerson Person { get; } = person;

    public void Add(JsonObject activity)
    {
        lock (_gate)
            _activities.Add(activity);
    }

    /// <summary>Replaces the activity of the same id, keeping its place; false when there is none.</summary>
    public bool Replace(string activityId, JsonObject activity)
    {
        lock (_gate)
        {
            var index = _activities.FindIndex(a => a["id"]?.GetValue<string>() == activityId);
            if (index < 0)
                return false;
            _activities[index] = activity;
            return true;
        }
    }

    public JsonObject? Find(string activityId)
    {
        lock (_gate)
            return _activities.Find(a => a["id"]?.GetValue<string>() == activityId)?.DeepClone().AsObject();
    }

    /// <summary>Copies, so readers never see an activity change under them.</summary>
    public JsonObject[] Activities()
    {
        lock (_gate)
            return [.. _activities.Select(a => a.DeepClone().AsObject())];
    }
}
