using Mentoring.Core.Cohorts;
using Mentoring.Functions.Agendas;
using Mentoring.Functions.Http;
using Mentoring.Functions.Matching;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Mentoring.Functions.Privacy;

/// <summary>A coordinator asks for one kind of a cohort member's data: activity is answered, notes and texts are 403 saying why.</summary>
public sealed class CoordinatorSightFunctions(Api api, CohortMemberData data)
{
    [Function("CohortMemberData")]
    public Task<IActionResult> Read([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "cohorts/{id}/members/{personId}/{kind}")] HttpRequest req, string id, string personId, string kind, CancellationToken ct) =>
        api.RunAsync(req, async caller => Guid.TryParse(id, out var cohort)
            ? (await data.ReadAsync(caller, cohort, personId, kind, ct)).Map(MemberActivityResponse.From).ToJsonResponse(req)
            : Routes.InvalidId(req, "id"));
}
