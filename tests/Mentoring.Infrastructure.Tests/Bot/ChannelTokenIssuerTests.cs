using Mentoring.Infrastructure.Bot;
using Mentoring.M365Emulator;
using Mentoring.M365Emulator.BotFramework;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Infrastructure.Tests.Bot;

/// <summary>
/// The issuers a single-tenant (managed identity) bot receives channel tokens from, each signed by the emulator as that
/// authority signs, accepted; and for each, a token wrong in one way refused (ChannelTokenIssuers cites the SDK sources).
/// </summary>
public sealed class ChannelTokenIssuerTests : IAsyncLifetime
{
    // The validator's clock reads the emulator's: "now" for the tokens it signs, expired ones included.
    private static readonly DateTimeOffset Now = new(2027, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider clock = new(Now);
    private M365Emulator.M365Emulator emulator = null!;
    private ServiceProvider services = null!;

    public async Task InitializeAsync()
    {
        emulator = await M365Emulator.M365Emulator.StartAsync(time: new FakeTimeProvider(Now));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:AppId"] = DemoBot.AppId,
            ["Bot:OpenIdMetadataUrl"] = emulator.BotOpenIdMetadataUri.ToString(),
            ["Bot:AppTenantId"] = DemoDirectory.ContosoTenantId.ToString(),
            ["Bot:Authority"] = emulator.BaseUri.ToString(),
        }).Build();
        services = new ServiceCollection().AddSingleton<TimeProvider>(clock).AddLogging().AddMentoringBot(configuration).BuildServiceProvider();
    }

    [Theory]
    [InlineData("botFramework", null, ChannelTokenOutcome.Valid)]
    [InlineData("entraV2", null, ChannelTokenOutcome.Valid)]
    [InlineData("entraV1", null, ChannelTokenOutcome.Valid)]
    [InlineData("botFramework", "wrongIssuer", ChannelTokenOutcome.Refused)]         // the Bot Framework tenant's v1 issuer (Emulator, skills)
    [InlineData("botFramework", "wrongAudience", ChannelTokenOutcome.Refused)]
    [InlineData("botFramework", "unknownKey", ChannelTokenOutcome.Refused)]
    [InlineData("botFramework", "notEndorsedForTeams", ChannelTokenOutcome.Refused)]
    [InlineData("botFramework", "keyOfTheOtherSource", ChannelTokenOutcome.Refused)] // signed with Entra's published key
    [InlineData("botFramework", "serviceUrlMismatch", ChannelTokenOutcome.Refused)]
    [InlineData("entraV2", "wrongIssuer", ChannelTokenOutcome.Refused)]              // another tenant's v2 issuer
    [InlineData("entraV1", "wrongIssuer", ChannelTokenOutcome.Refused)]              // another tenant's v1 issuer
    [InlineData("entraV2", "wrongAudience", ChannelTokenOutcome.Refused)]
    [InlineData("entraV1", "wrongAudience", ChannelTokenOutcome.Refused)]
    [InlineData("entraV2", "unknownKey", ChannelTokenOutcome.Refused)]
    [InlineData("entraV2", "keyOfTheOtherSource", ChannelTokenOutcome.Refused)]      // signed with the Bot Framework's Teams key
    [InlineData("entraV2", "versionMismatch", ChannelTokenOutcome.Refused)]          // v1 issuer, ver 2.0
    [InlineData("entraV1", "versionMismatch", ChannelTokenOutcome.Refused)]          // v2 issuer, ver 1.0
    [InlineData("entraV2", "serviceUrlMismatch", ChannelTokenOutcome.Refused)]
    [InlineData("entraV2", "expired", ChannelTokenOutcome.Refused)]
    public async Task Each_accepted_issuer_is_valid_and_each_flaw_of_it_is_refused(string kind, string? flaw, ChannelTokenOutcome expected)
    {
        var raw = await emulator.GetChannelTokenAsync(DemoBot.AppId, emulator.BotConnector.ServiceUrl.ToString(), flaw, kind: kind);

        var check = await services.GetRequiredService<IChannelTokenValidator>().ValidateAsync("Bearer " + raw, emulator.BotConnector.ServiceUrl.ToString());

        Assert.True(expected == check.Outcome, $"{kind}/{flaw}: {check.Outcome} ({check.Reason})");
    }

    [Fact]
    public async Task Without_the_bots_tenant_no_entra_issuer_is_accepted()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:AppId"] = DemoBot.AppId,
            ["Bot:OpenIdMetadataUrl"] = emulator.BotOpenIdMetadataUri.ToString(),
            ["Bot:Authority"] = emulator.BaseUri.ToString(),
        }).Build();
        await using var noTenant = new ServiceCollection().AddSingleton<TimeProvider>(clock).AddLogging().AddMentoringBot(configuration).BuildServiceProvider();
        var raw = await emulator.GetChannelTokenAsync(DemoBot.AppId, emulator.BotConnector.ServiceUrl.ToString(), kind: "entraV2");

        var check = await noTenant.GetRequiredService<IChannelTokenValidator>().ValidateAsync("Bearer " + raw, emulator.BotConnector.ServiceUrl.ToString());

        Assert.Equal(ChannelTokenOutcome.Refused, check.Outcome);
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await emulator.DisposeAsync();
    }
}
