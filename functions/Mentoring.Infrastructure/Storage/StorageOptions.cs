using System.ComponentModel.DataAnnotations;

namespace Mentoring.Infrastructure.Storage;

/// <summary>Where Table Storage is. Bound from the <c>Storage</c> section and validated at start.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>A connection string, for Azurite locally (<c>UseDevelopmentStorage=true</c>); empty in Azure.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>In Azure: the table endpoint, reached with the app's managed identity (shared keys are disabled).</summary>
    public Uri? TableEndpoint { get; set; }

    /// <summary>In Azure: the queue endpoint (the card fan-out), reached with the same managed identity.</summary>
    public Uri? QueueEndpoint { get; set; }

    /// <summary>The client id of the user-assigned managed identity used with <see cref="TableEndpoint"/>.</summary>
    public string? ManagedIdentityClientId { get; set; }

    public bool IsValid => !string.IsNullOrWhiteSpace(ConnectionString) ^ TableEndpoint is not null;

    /// <summary>Prefixes every table name, so tests and benchmarks can share one Azurite without sharing data.</summary>
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{0,20}$|^$")]
    public string TablePrefix { get; set; } = "";
}
