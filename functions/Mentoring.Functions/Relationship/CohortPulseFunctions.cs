using Mentoring.Core.Common;
using Mentoring.Core.Relationship;
using Mentoring.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Mentoring.Functions.Relationship;

/// <summary>The coordinator's pulse figures for a cohort: counts only, for cohorts of at least five people.</summary>
public sealed class CohortPulseFunctions(Api api, CohortPulses pulses)
{
    [Function("CohortPulses")]
    public Task<IActionResult> Read(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "cohorts/{id}/pulses")] HttpRequest req, string id, CancellationToken ct) =>
        api.RunAsync(req, async caller => Guid.TryParse(id, out var cohort)
            ? (await pulses.ForCohortAsync(caller, cohort, ct)).ToJsonResponse(req)
            : Problems.From([Error.Invalid("id", "id.invalid")], req));
}
