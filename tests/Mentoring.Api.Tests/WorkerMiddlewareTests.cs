using System.Collections.Immutable;
using Mentoring.Functions;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Context.Features;
using Microsoft.Azure.Functions.Worker.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Api.Tests;

/// <summary>The Functions worker's middleware refuses what the local host refuses: the same gate, before the function runs.</summary>
[Collection(LocalHostCollection.Name)]
public sealed class WorkerMiddlewareTests(LocalHostFixture fixture)
{
    [Theory]
    [InlineData("SomeFunctionWrittenTomorrow", false)]
    [InlineData("ListMyCircles", false)]
    [InlineData("Health", true)]
    [InlineData("BotMessages", true)]
    public async Task Without_a_token_only_a_function_marked_anonymous_runs(string function, bool runs)
    {
        using var scope = fixture.Host.Services.CreateScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Response.Body = new MemoryStream();
        var ran = false;

        await new AuthenticationMiddleware().Invoke(new TestFunctionContext(function, http, scope.ServiceProvider), _ =>
        {
            ran = true;
            return Task.CompletedTask;
        });

        Assert.Equal(runs, ran);
        Assert.Equal(runs ? StatusCodes.Status200OK : StatusCodes.Status401Unauthorized, http.Response.StatusCode);
    }

    /// <summary>The least a FunctionContext needs to carry an HTTP invocation (the worker keeps the HttpContext in Items).</summary>
    private sealed class TestFunctionContext(string name, HttpContext http, IServiceProvider services) : FunctionContext
    {
        public override string InvocationId { get; } = Guid.NewGuid().ToString();
        public override string FunctionId { get; } = name;
        public override TraceContext TraceContext => null!;
        public override BindingContext BindingContext => null!;
        public override RetryContext RetryContext => null!;
        public override IServiceProvider InstanceServices { get; set; } = services;
        public override FunctionDefinition FunctionDefinition { get; } = new TestFunctionDefinition(name);
        public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object> { ["HttpRequestContext"] = http };
        public override IInvocationFeatures Features => null!;
    }

    private sealed class TestFunctionDefinition(string name) : FunctionDefinition
    {
        public override ImmutableArray<FunctionParameter> Parameters => [];
        public override string PathToAssembly => typeof(AuthenticationMiddleware).Assembly.Location;
        public override string EntryPoint => name;
        public override string Id => name;
        public override string Name => name;
        public override IImmutableDictionary<string, BindingMetadata> InputBindings => ImmutableDictionary<string, BindingMetadata>.Empty;
        public override IImmutableDictionary<string, BindingMetadata> OutputBindings => ImmutableDictionary<string, BindingMetadata>.Empty;
    }
}
