using Mentoring.Core.Common;

namespace Mentoring.Core.People;

/// <summary>Use case: the people pickers search the caller's own tenant by name or email, and only it.</summary>
/// <remarks>
/// The text is bounded and free of control characters before anything is sent; whatever else it holds (quotes, OData
/// syntax) is the directory adapter's to make inert. The tenant is the caller's, never a parameter. The same search in the
/// same tenant within a minute is answered from <see cref="PeopleSearchCache"/>.
/// </remarks>
public sealed class SearchPeople(IPeopleSource directory, PeopleSearchCache recent)
{
    public const int MaxSearchLength = 100;

    public const int MaxResults = 10;

    public async Task<Result<IReadOnlyList<PersonMatch>>> ExecuteAsync(Caller caller, string? search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var text = Text.Line("search", search, MaxSearchLength);
        if (!text.IsSuccess)
        {
            return Result<IReadOnlyList<PersonMatch>>.Failure(text.Errors);
        }

        return await recent.GetOrSearchAsync(caller.Tenant, text.Value, () => directory.SearchAsync(caller.Tenant, text.Value, MaxResults, cancellationToken)).ConfigureAwait(false);
    }
}
