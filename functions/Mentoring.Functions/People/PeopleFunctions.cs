using Mentoring.Core.People;
using Mentoring.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Mentoring.Functions.People;

/// <summary>The people pickers' API: a search of the caller's own tenant.</summary>
public sealed class PeopleFunctions(Api api, SearchPeople search)
{
    [Function("SearchPeople")]
    public Task<IActionResult> Search([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "people")] HttpRequest req, CancellationToken ct) =>
        api.RunAsync(req, async caller => (await search.ExecuteAsync(caller, req.Query["search"].FirstOrDefault(), ct)).Map(PersonMatchResponse.From).ToJsonResponse(req));
}
