namespace Mentoring.Graph.Tests;

/// <summary>All Graph tests share one emulator and run one after another, so fault settings and mailbox limits never collide.</summary>
[CollectionDefinition(Name)]
public sealed class GraphCollection : ICollectionFixture<GraphFixture>
{
    public const string Name = "Graph";
}
