using Mentoring.Core.Cohorts;
using Mentoring.Core.Common;
using Mentoring.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Mentoring.Functions.Matching;

/// <summary>The coordinator's programme view of a cohort: figures about five people or more, never a text or a person's score.</summary>
public sealed class ProgrammeFunctions(Api api, ProgrammeView programme)
{
    [Function("CohortProgramme")]
    public Task<IActionResult> Read(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "cohorts/{id}/programme")] HttpRequest req,
        string id,
        CancellationToken ct) =>
        api.RunAsync(req, async caller => Guid.TryParse(id, out var cohort)
            ? (await programme.ForCohortAsync(caller, cohort, ct)).ToJsonResponse(req)
            : Problems.From([Error.Invalid("id", "id.invalid")], req));
}
