using Mentoring.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Mentoring.Api.Tests;

/// <summary>HTTP functions that do no authentication of their own, served by the test host beside the product's.</summary>
public sealed class ProbeFunctions
{
    /// <summary>Forgets to authenticate: only the deny-by-default gate stands between it and an anonymous caller.</summary>
    [Function("ProbeUnmarked")]
    public IActionResult Unmarked([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "probe/unmarked")] HttpRequest req) => new JsonResponse(new { reached = true });
}
