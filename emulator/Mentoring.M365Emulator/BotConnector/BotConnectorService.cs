using System.Text.Json.Nodes;
using Mentoring.M365Emulator.BotFramework;
using Mentoring.M365Emulator.TeamsClient;

namespace Mentoring.M365Emulator.BotConnector;

/// <summary>
/// The emulated Bot Connector (Teams' side of a bot): conversations, activities, Teams' rate limits and errors, faults, and the
/// switches tests use to make a person block the bot or remove the app.
/// </summary>
/// <remarks>
/// Everything here is also reachable over HTTP under <c>/_emulator/botconnector/</c> (see docs/emulator.md). A bot may write to a person
/// only once the Teams app carrying it is installed for them (Graph <c>POST /users/{id}/teamwork/installedApps</c>, or
/// <see cref="Install"/>), and not after they blocked it or removed the app.
/// </remarks>
public sealed class BotConnectorService
{
    private readonly Func<Uri> _baseUri;

    internal BotConnectorService(Func<Uri> baseUri, TeamsApps apps, TimeProvider time)
    {
        _baseUri = baseUri;
        Apps = apps;
        Catalog = new Graph.Teamwork.TeamsCatalog(apps);
        Time = time;
        Conversations = new ConversationStore(time);
        Limits = new RateLimits(time);
    }

    /// <summary>The serviceUrl bots are given and post to, e.g. http://localhost:7072/botconnector/.</summary>
    public Uri ServiceUrl => new(_baseUri(), DemoBot.ConnectorPath);

    /// <summary>Failures and lost answers of Bot Connector calls only (Graph has its own).</summary>
    public FaultInjector Faults { get; } = new();

    /// <summary>Every Bot Connector request, in arrival order.</summary>
    public RequestLog Log { get; } = new();

    /// <summary>Teams' rate limits; on unless a test turns them off to measure something else.</summary>
    public bool EnforceRateLimits
    {
        get => Limits.Enforced;
        set => Limits.Enforced = value;
    }

    internal TeamsApps Apps { get; }

    /// <summary>Each person's Teams activity feed, filled by Graph's sendActivityNotification actions.</summary>
    public Graph.Teamwork.ActivityFeed ActivityFeed => field ??= new(Time);

    /// <summary>Each tenant's organization catalog: the catalog id Graph installs the app with (see <see cref="TeamsCatalog"/>).</summary>
    public Graph.Teamwork.TeamsCatalog Catalog { get; }

    /// <summary>The installationUpdate and conversationUpdate activities Teams posted to bots on installs and removals, and their answers.</summary>
    public PostedActivities Posted { get; } = new();

    /// <summary>Posts those activities; null until the emulator wired its channel tokens (nothing is posted then).</summary>
    internal InstallationActivities? InstallEvents { get; set; }

    internal TimeProvider Time { get; }

    internal BotRegistrations Bots { get; } = new();

    internal TeamsDirectory People { get; } = new();

    internal TeamsInstallations Installations { get; } = new();

    internal ConversationStore Conversations { get; }

    internal RateLimits Limits { get; }

    /// <summary>Registers a bot (or changes its messaging endpoint): where the Teams client sends the invokes of its cards.</summary>
    public void RegisterBot(string appId, Uri? messagingEndpoint, string name = DemoBot.Name) =>
        Bots.Register(appId, name, messagingEndpoint);

    /// <summary>Adds people who exist only in Teams (load tests need thousands); returns them.</summary>
    public IReadOnlyList<TeamsPerson> AddPeople(Guid tenantId, IEnumerable<Guid> ids) => [.. ids.Select(id => People.Add(tenantId, id))];

    /// <summary>
    /// Seeds a Teams app (by manifest id) in the person's personal scope, as if it had been there before the test began: nothing is
    /// posted to the bot (an install through Graph posts what Teams posts).
    /// </summary>
    public void Install(Guid userId, string teamsAppId = DemoBot.TeamsAppId) => Installations.Install(userId, teamsAppId);

    /// <summary>
    /// The person adds the app themselves (from Teams' app store): it is installed and Teams posts an installationUpdate
    /// <c>add</c> and a conversationUpdate to its bot; false when they had it already (nothing is posted).
    /// </summary>
    public bool AddApp(Guid userId, string teamsAppId = DemoBot.TeamsAppId)
    {
        if (People.Find(userId.ToString()) is not { } person || !Installations.Install(userId, teamsAppId))
            return false;
        InstallEvents?.Added(person, teamsAppId);
        return true;
    }

    /// <summary>
    /// The person removes every app: the bot is no longer in their conversation's roster, and Teams posts an installationUpdate
    /// <c>remove</c> to the bot of each app removed.
    /// </summary>
    public void Uninstall(Guid userId)
    {
        var removed = Installations.AppsOf(userId);
        Installations.Uninstall(userId);
        if (People.Find(userId.ToString()) is not { } person)
            return;
        foreach (var app in removed)
            InstallEvents?.Removed(person, app);
    }

    /// <summary>The Teams apps installed for the person (manifest ids): what tests read to see that nothing was installed.</summary>
    public IReadOnlyList<string> AppsOf(Guid userId) => Installations.AppsOf(userId);

    /// <summary>The person blocks the bot in their chat.</summary>
    public void Block(Guid userId) => Installations.Block(userId);

    public void Unblock(Guid userId) => Installations.Unblock(userId);

    /// <summary>The ids of the person's conversations with bots.</summary>
    public IReadOnlyList<string> ConversationsOf(Guid userId) => [.. Conversations.ForUser(userId).Select(c => c.Id)];

    /// <summary>A conversation's activities as the person's Teams shows them (updates applied), oldest first; empty if unknown.</summary>
    public IReadOnlyList<JsonObject> ActivitiesOf(string conversationId) => Conversations.Find(conversationId)?.Activities() ?? [];

    /// <summary>Forgets conversations, installations, blocks, extra people, rate windows, faults and the log; keeps bot registrations.</summary>
    public void Reset()
    {
        Conversations.Clear();
        Installations.Clear();
        People.Clear();
        Limits.Clear();
        Limits.Enforced = true;
        Faults.Reset();
        Log.Clear();
        Posted.Clear();
        Catalog.Reset();
        ActivityFeed.Reset();
    }

    /// <summary>Whether one of the apps installed for the person carries the bot.</summary>
    internal bool HasBotInstalled(Guid userId, string botAppId) =>
        Installations.AppsOf(userId).Any(app => Apps.CarriesBot(app, botAppId));
}
