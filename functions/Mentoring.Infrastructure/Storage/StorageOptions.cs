using System.ComponentModel.DataAnnotations;

namespace Mentoring.Infrastructure.Storage;

/// <summary>Where Table Storage is. Bound from the <c>Storage</c> section and validated at start.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>A connection string; <c>UseDevelopmentStorage=true</c> means Azurite on its default ports.</summary>
    [Required]
    public string ConnectionString { get; set; } = "";

    /// <summary>Prefixes every table name, so tests and benchmarks can share one Azurite without sharing data.</summary>
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{0,20}$|^$")]
    public string TablePrefix { get; set; } = "";
}
