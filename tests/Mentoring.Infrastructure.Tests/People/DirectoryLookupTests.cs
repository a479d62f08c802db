using Mentoring.Core.Common;
using Mentoring.Core.People;
using Mentoring.Infrastructure.Graph;
using Mentoring.Infrastructure.People;
using Mentoring.Infrastructure.Storage;
using Mentoring.LocalHost;
using Mentoring.M365Emulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Infrastructure.Tests.People;

/// <summary>The whole lookup as deployed: People table on Azurite, Graph on the emulator, a fake clock to let days pass.</summary>
public sealed class DirectoryLookupTests : IAsyncLifetime
{
    private static readonly TenantId Contoso = new(DemoDirectory.ContosoTenantId);
    private static readonly DemoUser Ines = DemoDirectory.Find("ines.moreau@contoso.example")!;

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));
    private M365Emulator.M365Emulator emulator = null!;
    private ServiceProvider services = null!;

    private PeopleLookup Lookup => services.GetRequiredService<PeopleLookup>();

    private TablePersonDirectory Stored => services.GetRequiredService<TablePersonDirectory>();

    public async Task InitializeAsync()
    {
        await Azurite.EnsureRunningAsync(RepositoryRoot.Find());
        emulator = await M365Emulator.M365Emulator.StartAsync(time: clock);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
            ["Storage:TablePrefix"] = "dir" + Guid.NewGuid().ToString("N")[..8],
            ["Graph:BaseUrl"] = emulator.GraphBaseUri.ToString(),
            ["Graph:Authority"] = emulator.BaseUri.ToString(),
            ["Graph:ClientId"] = DemoDirectory.ApiClientId,
            ["Graph:ClientSecret"] = "local-secret",
            ["Graph:RetryDelaySeconds"] = "0",
        }).Build();
        services = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddMentoringInfrastructure(configuration)
            .AddMentoringGraph(configuration)
            .AddSingleton<PeopleLookup>()
            .BuildServiceProvider();
        await services.GetRequiredService<Tables>().CreateIfMissingAsync();
    }

    [Fact]
    public async Task Read_from_Graph_once_then_from_the_table_until_a_day_has_passed()
    {
        var first = await FindAsync(Ines.Id);
        var firstRequests = GraphRequests();
        clock.Advance(PeopleLookup.MaxAge - TimeSpan.FromMinutes(1));
        var sameDay = await FindAsync(Ines.Id);
        var sameDayRequests = GraphRequests();
        clock.Advance(TimeSpan.FromMinutes(1));
        await FindAsync(Ines.Id);

        Assert.Equal(("Inès Moreau", "Europe/Brussels"), (first.DisplayName, first.TimeZone));
        Assert.Equal(Flat(first), Flat(sameDay));
        Assert.Equal([$"/v1.0/users/{Ines.Id}", $"/v1.0/users/{Ines.Id}/mailboxSettings"], firstRequests);
        Assert.Empty(sameDayRequests);
        Assert.Equal(2, GraphRequests().Length);
        Assert.Equal(clock.GetUtcNow(), Assert.Single(await Stored.FindCachedAsync(Contoso, [new PersonId(Ines.Id)])).RefreshedAt);
    }

    [Fact]
    public async Task A_stale_copy_is_replaced_by_what_the_directory_says_now()
    {
        var id = new PersonId(DemoDirectory.Find("julien.petit@contoso.example")!.Id);
        await Stored.SaveAsync(new Person(Contoso, id, "Julien (ancien nom)", "old@contoso.example", "en-US", "America/Toronto"), clock.GetUtcNow() - TimeSpan.FromDays(2));

        var found = await FindAsync(id.Value);

        Assert.Equal(("Julien Petit", "julien.petit@contoso.example", "fr-FR", "Europe/Paris"), (found.DisplayName, found.Email, found.Locale, found.TimeZone));
        Assert.Equal(Flat(found), Flat(Assert.Single(await Stored.FindAsync(Contoso, [id]))));
    }

    [Fact]
    public async Task Someone_of_another_tenant_is_neither_found_nor_stored()
    {
        var alex = new PersonId(DemoDirectory.Find("alex.johnson@fabrikam.example")!.Id);

        var result = await Lookup.FindAsync(Contoso, [alex]);

        Assert.Empty(Assert.IsAssignableFrom<IReadOnlyList<Person>>(result.Value));
        Assert.Empty(await Stored.FindCachedAsync(Contoso, [alex]));
    }

    public async Task DisposeAsync()
    {
        await services.GetRequiredService<Tables>().People.DeleteAsync();
        await services.DisposeAsync();
        await emulator.DisposeAsync();
    }

    private async Task<Person> FindAsync(Guid id)
    {
        var result = await Lookup.FindAsync(Contoso, [new PersonId(id)]);
        Assert.True(result.IsSuccess, string.Join(", ", result.Errors));
        return Assert.Single(result.Value);
    }

    /// <summary>Records compare lists by reference; this compares what they hold.</summary>
    private static (Person, string) Flat(Person person) =>
        (person with { WorkingHours = person.WorkingHours! with { Days = [] } }, string.Join(',', person.WorkingHours.Days));

    private string[] GraphRequests()
    {
        var paths = emulator.Log.Entries.Select(e => e.PathAndQuery.Split('?')[0]).Order().ToArray();
        emulator.Log.Clear();
        return paths;
    }
}
