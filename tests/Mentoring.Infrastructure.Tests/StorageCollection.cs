namespace Mentoring.Infrastructure.Tests;

/// <summary>One fixture for every storage test; the tests run one at a time, so request counts are not disturbed.</summary>
[CollectionDefinition(Name)]
public sealed class StorageCollection : ICollectionFixture<StorageFixture>
{
    public const string Name = "Storage on Azurite";
}
