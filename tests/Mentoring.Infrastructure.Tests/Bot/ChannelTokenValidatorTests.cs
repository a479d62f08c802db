using Mentoring.Infrastructure.Bot;
using Mentoring.M365Emulator.BotFramework;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Mentoring.Infrastructure.Tests.Bot;

/// <summary>The deployed validator against the emulator's Bot Framework metadata, on a fake clock set from each token's own times.</summary>
public sealed class ChannelTokenValidatorTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new();
    private readonly MetadataRequests requests = new();
    private M365Emulator.M365Emulator emulator = null!;
    private ServiceProvider services = null!;

    private IChannelTokenValidator Validator => services.GetRequiredService<IChannelTokenValidator>();

    public async Task InitializeAsync()
    {
        // The emulator signs on a fixed clock of its own; the validator's clock is then set from each token's own times.
        emulator = await M365Emulator.M365Emulator.StartAsync(time: new FakeTimeProvider(new DateTimeOffset(2027, 3, 1, 8, 0, 0, TimeSpan.Zero)));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:AppId"] = DemoBot.AppId,
            ["Bot:OpenIdMetadataUrl"] = emulator.BotOpenIdMetadataUri.ToString(),
        }).Build();
        var collection = new ServiceCollection().AddSingleton<TimeProvider>(clock).AddLogging().AddMentoringBot(configuration);
        collection.AddHttpClient(BotFrameworkKeys.HttpClientName).AddHttpMessageHandler(() => new CountingHandler(requests));
        services = collection.BuildServiceProvider();
    }

    [Fact]
    public async Task Five_minutes_of_skew_on_each_side_and_not_a_second_more()
    {
        var raw = await emulator.GetChannelTokenAsync(DemoBot.AppId, ServiceUrl);
        var token = new JsonWebToken(raw);
        var skew = TimeSpan.FromMinutes(5);
        var second = TimeSpan.FromSeconds(1);

        Assert.Equal(
            [ChannelTokenOutcome.Refused, ChannelTokenOutcome.Valid, ChannelTokenOutcome.Valid, ChannelTokenOutcome.Refused],
            [
                await OutcomeAtAsync(raw, token.ValidFrom - skew - second),
                await OutcomeAtAsync(raw, token.ValidFrom - skew + second),
                await OutcomeAtAsync(raw, token.ValidTo + skew - second),
                await OutcomeAtAsync(raw, token.ValidTo + skew + second),
            ]);
    }

    [Fact]
    public async Task Keys_are_read_once_a_day_and_an_unknown_key_re_reads_them_at_most_every_five_minutes()
    {
        var good = await emulator.GetChannelTokenAsync(DemoBot.AppId, ServiceUrl);
        var unknown = await emulator.GetChannelTokenAsync(DemoBot.AppId, ServiceUrl, "unknownKey");
        clock.SetUtcNow(new JsonWebToken(good).ValidFrom);

        var counts = new List<int>();
        async Task Check(string token, ChannelTokenOutcome expected, TimeSpan advance)
        {
            clock.Advance(advance);
            Assert.Equal(expected, (await Validator.ValidateAsync("Bearer " + token, ServiceUrl)).Outcome);
            counts.Add(requests.Count);
        }

        await Check(good, ChannelTokenOutcome.Valid, TimeSpan.Zero);                    // metadata + keys
        await Check(good, ChannelTokenOutcome.Valid, TimeSpan.FromMinutes(1));          // cached
        await Check(unknown, ChannelTokenOutcome.Refused, TimeSpan.FromMinutes(5));     // unknown kid: one re-read
        await Check(unknown, ChannelTokenOutcome.Refused, TimeSpan.FromMinutes(4));     // again within 5 min: none
        await Check(unknown, ChannelTokenOutcome.Refused, TimeSpan.FromMinutes(1));     // 5 min later: one more
        Assert.Equal([2, 2, 4, 4, 6], counts);

        // A day after the last read (the token itself now long expired, so only the reading is looked at).
        clock.Advance(BotFrameworkKeys.RefreshInterval);
        await Validator.ValidateAsync("Bearer " + good, ServiceUrl);
        Assert.Equal(8, requests.Count);
    }

    private string ServiceUrl => emulator.BotConnector.ServiceUrl.ToString();

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await emulator.DisposeAsync();
    }

    private async Task<ChannelTokenOutcome> OutcomeAtAsync(string raw, DateTime utc)
    {
        clock.SetUtcNow(new DateTimeOffset(utc, TimeSpan.Zero));
        return (await Validator.ValidateAsync("Bearer " + raw, ServiceUrl)).Outcome;
    }

    private sealed class MetadataRequests
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public void Add() => Interlocked.Increment(ref count);
    }

    private sealed class CountingHandler(MetadataRequests requests) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            requests.Add();
            return base.SendAsync(request, cancellationToken);
        }
    }
}
