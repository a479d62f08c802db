using Mentoring.Core.Cohorts;
using Mentoring.Core.Common;
using Mentoring.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Mentoring.Functions.Matching;

/// <summary>Cohorts (coordinators only) and forming peer groups (their members, and anyone for an open one).</summary>
public sealed class CohortFunctions(Api api, CohortActions cohorts, CohortOverview overview, PeerGroups groups, CohortInvitations invitations)
{
    [Function("CreateCohort")]
    public Task<IActionResult> Create([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "cohorts")] HttpRequest req, CancellationToken ct) =>
        api.RunAsync<CohortBody>(req, async (caller, body) => (await cohorts.CreateAsync(caller, body, Api.IdempotencyKey(req), ct)).Map(CohortResponse.From).ToJsonResponse(req, StatusCodes.Status201Created), ct);

    [Function("ListCohorts")]
    public Task<IActionResult> List([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "cohorts")] HttpRequest req, CancellationToken ct) =>
        api.RunAsync(req, async caller => (await cohorts.ListAsync(caller, ct)).Map(list => list.Select(CohortResponse.From).ToArray()).ToJsonResponse(req));

    [Function("GetCohort")]
    public Task<IActionResult> Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "cohorts/{id}")] HttpRequest req, string id, CancellationToken ct) =>
        WithId(req, id, async (caller, cohort) => (await overview.ForCohortAsync(caller, cohort, ct)).Map(CohortViewResponse.From).ToJsonResponse(req));

    [Function("ProposeGroups")]
    public Task<IActionResult> Propose([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "cohorts/{id}/proposals")] HttpRequest req, string id, CancellationToken ct) =>
        WithId(req, id, async (caller, cohort) => (await cohorts.ProposeAsync(caller, cohort, ct)).Map(ProposalResponse.From).ToJsonResponse(req, StatusCodes.Status201Created));

    [Function("AcceptCohortInvitation")]
    public Task<IActionResult> AcceptInvitation(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "cohorts/{id}/invitation/accept")] HttpRequest req,
        string id,
        CancellationToken ct) =>
        WithId(req, id, async (caller, cohort) => (await invitations.AcceptAsync(caller, cohort, ct)).Map(c => new { c.Id, c.Name }).ToJsonResponse(req));

    [Function("DeclineCohortInvitation")]
    public Task<IActionResult> DeclineInvitation(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "cohorts/{id}/invitation/decline")] HttpRequest req,
        string id,
        CancellationToken ct) =>
        WithId(req, id, async (caller, cohort) => (await invitations.DeclineAsync(caller, cohort, ct)).Map(c => new { c.Id, c.Name }).ToJsonResponse(req));

    [Function("AddCohortCoordinator")]
    public Task<IActionResult> AddCoordinator(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "cohorts/{id}/coordinators/{personId}")] HttpRequest req,
        string id,
        string personId,
        CancellationToken ct) =>
        WithId(req, id, async (caller, cohort) => Core.People.PersonId.TryParse(personId, out var person)
            ? (await invitations.AddCoordinatorAsync(caller, cohort, person, ct)).Map(CohortResponse.From).ToJsonResponse(req)
            : Problems.From([Error.Invalid("personId", "id.invalid")], req));

    [Function("ListGroups")]
    public Task<IActionResult> Groups([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "groups")] HttpRequest req, CancellationToken ct) =>
        api.RunAsync(req, async caller => new JsonResponse((await groups.ListAsync(caller, ct)).Select(FormingGroupResponse.From).ToArray()));

    [Function("StartGroup")]
    public Task<IActionResult> Start([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "groups")] HttpRequest req, CancellationToken ct) =>
        api.RunAsync<GroupBody>(req, async (caller, body) => (await groups.StartAsync(caller, body.Name, ct)).Map(FormingGroupResponse.From).ToJsonResponse(req, StatusCodes.Status201Created), ct);

    [Function("JoinGroup")]
    public Task<IActionResult> Join([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "groups/{id}/join")] HttpRequest req, string id, CancellationToken ct) =>
        WithId(req, id, async (caller, group) => (await groups.JoinAsync(caller, group, ct)).Map(FormingGroupResponse.From).ToJsonResponse(req));

    [Function("AcceptGroup")]
    public Task<IActionResult> Accept([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "groups/{id}/accept")] HttpRequest req, string id, CancellationToken ct) =>
        WithId(req, id, async (caller, group) => (await groups.AcceptAsync(caller, group, ct)).Map(FormingGroupResponse.From).ToJsonResponse(req));

    [Function("DeclineGroup")]
    public Task<IActionResult> Decline([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "groups/{id}/decline")] HttpRequest req, string id, CancellationToken ct) =>
        WithId(req, id, async (caller, group) => (await groups.DeclineAsync(caller, group, ct)).Map(FormingGroupResponse.From).ToJsonResponse(req));

    private Task<IActionResult> WithId(HttpRequest req, string id, Func<Core.People.Caller, Guid, Task<IActionResult>> handle) =>
        api.RunAsync(req, caller => Guid.TryParse(id, out var value) ? handle(caller, value) : Task.FromResult(Problems.From([Error.Invalid("id", "id.invalid")], req)));
}
