using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Mentoring.Api.Tests.Telemetry;

/// <summary>
/// The local telemetry sink: a logger provider that keeps, as text, everything the app's logging would hand to Application
/// Insights (the worker's logs become its traces): category, message, every structured value, every scope, and exceptions.
/// </summary>
/// <remarks>It sees the app's logging filters like any provider, so it records what Azure would receive, not less.</remarks>
public sealed class TelemetrySink : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> records = new();
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<string> Records => [.. records];

    public ILogger CreateLogger(string categoryName) => new SinkLogger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class SinkLogger(TelemetrySink sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => sink.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var parts = new List<string> { $"{logLevel} {category}: {formatter(state, exception)}" };
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                parts.AddRange(values.Select(v => $"{v.Key}={v.Value}"));
            }

            sink.scopes.ForEachScope((scope, list) => list.Add($"scope {scope}"), parts);
            if (exception is not null)
            {
                parts.Add(exception.ToString());
            }

            sink.records.Enqueue(string.Join("\n", parts));
        }
    }
}
