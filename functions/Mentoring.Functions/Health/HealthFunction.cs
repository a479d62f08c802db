using Mentoring.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Mentoring.Functions.Health;

/// <summary>Liveness for load balancers and the local host's start-up check; anonymous and reveals nothing.</summary>
public sealed class HealthFunction(TimeProvider time)
{
    [Function("Health")]
    [AllowAnonymousFunction]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest req) =>
        new JsonResponse(new { status = "ok", time = time.GetUtcNow() });
}
