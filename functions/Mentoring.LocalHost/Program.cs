using Mentoring.LocalHost;

// The README's `run` command: Azurite, the Microsoft 365 emulator and the Functions app's triggers, with a demo tenant that has
// lived a month. `--routes` adds the API's routes, timers and queues to what it prints.
var root = RepositoryRoot.Find(Directory.GetCurrentDirectory());
using var azurite = await Azurite.EnsureRunningAsync(root);
Console.WriteLine("Starting: Azurite, the Microsoft 365 emulator, the API, then a month of demo history (about a minute)…");
await using var host = await LocalHostApp.StartAsync(new LocalHostSettings());
Console.WriteLine(Banner.For(host, azurite.Description, withRoutes: args.Contains("--routes")));

var stop = new TaskCompletionSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.TrySetResult(); };
AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.TrySetResult();

// The web host's console lifetime takes SIGTERM for itself (ProcessExit is then never raised): stop when it stops.
host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(() => stop.TrySetResult());
await stop.Task;
