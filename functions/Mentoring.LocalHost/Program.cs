using Mentoring.LocalHost;
using Mentoring.M365Emulator;

// The README's `run` command: Azurite, the Microsoft 365 emulator and the Functions app's triggers, with a demo tenant.
var root = RepositoryRoot.Find(Directory.GetCurrentDirectory());
using var azurite = await Azurite.EnsureRunningAsync(root);
await using var host = await LocalHostApp.StartAsync(new LocalHostSettings());
var camille = DemoDirectory.Users.First(u => u.Id == DemoSeed.Mentee);

Console.WriteLine($"""
    MentoringAddin local host
      {azurite.Description}
      Microsoft 365 emulator (Entra ID + Graph) : {host.Emulator.BaseUri}
      Functions API                             : {host.BaseUri}api/
      Teams tab pages                           : {host.BaseUri}tab/
      Teams client (sign in as any demo person) : {host.Emulator.BaseUri}teams/
      Outlook client (new appointment, task pane): {host.Emulator.BaseUri}outlook/
    {string.Join(Environment.NewLine, host.Routes.Select(r => "        " + r))}
      Demo tenant Contoso {DemoDirectory.ContosoTenantId} seeded (people, one mentorship, one peer group of four, both scheduled).

    Open {host.BaseUri}api/health, then get a token for {camille.DisplayName} ({camille.UserPrincipalName}):
      curl -s -X POST {host.Emulator.BaseUri}{DemoDirectory.ContosoTenantId}/oauth2/v2.0/token \
        -d grant_type=password -d client_id={FirstPartyClients.TeamsWeb} -d username={camille.UserPrincipalName} -d password=demo \
        -d scope={DemoDirectory.ApiIdentifierUri}/access_as_user
    Press Ctrl+C to stop.
    """);

var stop = new TaskCompletionSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.TrySetResult(); };
AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.TrySetResult();

// The web host's console lifetime takes SIGTERM for itself (ProcessExit is then never raised): stop when it stops.
host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(() => stop.TrySetResult());
await stop.Task;
