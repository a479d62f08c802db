namespace Mentoring.Core.Common;

/// <summary>Collects field errors so a request reports every broken rule at once.</summary>
public sealed class Validation
{
    private readonly List<Error> errors = [];

    public bool HasErrors => errors.Count > 0;

    public IReadOnlyList<Error> Errors => errors;

    public void Add(Error error) => errors.Add(error);

    public void AddRange(IEnumerable<Error> more) => errors.AddRange(more);

    public Result<T> ToResult<T>(Func<T> build) => HasErrors ? Result<T>.Failure(errors) : build();
}
