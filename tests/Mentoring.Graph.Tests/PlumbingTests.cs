using Mentoring.Core.Common;
using Mentoring.Infrastructure.Graph;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Graph.Tests;

/// <summary>Options validation and the token cache.</summary>
[Collection(GraphCollection.Name)]
public sealed class PlumbingTests(GraphFixture fixture)
{
    [Fact]
    public void Options_without_a_client_id_fail_validation()
    {
        var services = fixture.Services(new() { ["Graph:ClientId"] = "", ["Graph:MaxRetries"] = "11" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<GraphOptions>>().Value);

        Assert.Contains(error.Failures, f => f.Contains("ClientId", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("MaxRetries", StringComparison.Ordinal));
    }

    [Fact]
    public async Task App_tokens_are_cached_per_tenant_until_five_minutes_before_expiry()
    {
        var time = new FakeTimeProvider(GraphFixture.Clock.GetUtcNow());
        var counter = new CountingHandler { InnerHandler = new HttpClientHandler() };
        using var http = new HttpClient(counter);
        var options = Options.Create(new GraphOptions { Authority = fixture.Emulator.BaseUri.ToString(), ClientId = M365Emulator.DemoDirectory.ApiClientId, ClientSecret = "s" });
        var tokens = new ClientCredentialsTokens(http, options, time);
        var fabrikam = new TenantId(M365Emulator.DemoDirectory.FabrikamTenantId);

        var first = await tokens.GetAsync(GraphFixture.Contoso, default);
        var cached = await tokens.GetAsync(GraphFixture.Contoso, default);
        await tokens.GetAsync(fabrikam, default);
        time.Advance(TimeSpan.FromMinutes(56));
        await tokens.GetAsync(GraphFixture.Contoso, default);

        Assert.Same(first, cached);
        Assert.Equal(3, counter.Count);
    }

    private sealed class CountingHandler : DelegatingHandler
    {
        public int Count { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Count++;
            return base.SendAsync(request, cancellationToken);
        }
    }
}
