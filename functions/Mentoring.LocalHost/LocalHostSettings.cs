namespace Mentoring.LocalHost;

/// <summary>How to start the local host; the defaults are the README's `run` command, tests override ports and prefix.</summary>
public sealed record LocalHostSettings
{
    public string Url { get; init; } = "http://localhost:7071";

    public string EmulatorUrl { get; init; } = "http://localhost:7072";

    public string StorageConnectionString { get; init; } = "UseDevelopmentStorage=true";

    /// <summary>Prefix of every table, so parallel test runs never share data.</summary>
    public string TablePrefix { get; init; } = "";

    public bool SeedDemoTenant { get; init; } = true;

    /// <summary>
    /// Whether the seeded demo has lived its last month (sessions held, follow-ups, cards in the chats: DemoHistory.cs),
    /// written at start on the app's clock moved back (<see cref="DemoTimeline"/>); without, its circles' first sessions are ahead.
    /// </summary>
    public bool DemoHistory { get; init; } = true;

    /// <summary>Assemblies whose HTTP functions are served too, beside the Functions app's (tests add probe functions).</summary>
    public IReadOnlyList<System.Reflection.Assembly> ExtraFunctionAssemblies { get; init; } = [];

    /// <summary>
    /// The clock of the Functions app and of the emulator (tokens, Graph, the Bot Connector); the system clock when null.
    /// Tests pass a FakeTimeProvider at a fixed instant, so nothing they check depends on today's date.
    /// </summary>
    public TimeProvider? Time { get; init; }

    /// <summary>Lets tests replace services (a FakeTimeProvider, say) after the product's registrations.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>How queue triggers are run (tests make retries quick).</summary>
    public QueueRunSettings Queues { get; init; } = new();

    /// <summary>Queue names' prefix, so parallel test runs never share messages (lowercase letters and digits).</summary>
    public string QueuePrefix { get; init; } = "";

    /// <summary>
    /// Whether joining a circle opens the person's Teams conversation ahead of their first card (Delivery:OpenConversationsAhead,
    /// on in Azure). Test hosts that share the default queue names turn it off: another host's worker would open it in its emulator.
    /// </summary>
    public bool OpenConversationsAhead { get; init; } = true;
}
