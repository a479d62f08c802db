using Mentoring.Core.Common;
using Mentoring.Core.People;
using Microsoft.Graph.Models;
using Microsoft.Kiota.Abstractions;
using Person = Mentoring.Core.People.Person;

namespace Mentoring.Infrastructure.Graph;

/// <summary>Core's directory port over Microsoft Graph, as the app in the caller's tenant (User.Read.All, MailboxSettings.Read).</summary>
/// <remarks>
/// The app token is the tenant's, so Graph itself keeps every read and search inside it: another tenant's user is a 404.
/// A person is two reads, made together: the user ($select, since userType is not in Graph's default set) and their
/// mailboxSettings (time zone, working hours), which a guest or a mailbox outside the application access policy does
/// not have: then the person is still found, with the product's defaults. Retries happen in the SDK's pipeline.
/// </remarks>
internal sealed class GraphPeopleSource(GraphClients clients) : IPeopleSource
{
    public const string UnavailableCode = "directory.unavailable";

    public Task<Result<Person?>> FindAsync(TenantId tenant, PersonId id, CancellationToken cancellationToken = default) =>
        RunAsync(async () =>
        {
            var user = clients.For(tenant).Users[id.ToString()];
            var userRead = OrNullAsync(user.GetAsync(r => r.QueryParameters.Select = GraphPeople.UserFields, cancellationToken), 404);

            // No mailbox in this tenant (a guest), or one the application access policy leaves out: the defaults apply.
            var mailboxRead = OrNullAsync(user.MailboxSettings.GetAsync(r => r.QueryParameters.Select = GraphPeople.MailboxFields, cancellationToken), 403, 404);
            await Task.WhenAll(userRead, mailboxRead).ConfigureAwait(false);
            return userRead.Result is { } found ? GraphPeople.Read(tenant, found, mailboxRead.Result) : null;
        }, cancellationToken);

    public Task<Result<IReadOnlyList<PersonMatch>>> SearchAsync(TenantId tenant, string text, int top, CancellationToken cancellationToken = default) =>
        RunAsync<IReadOnlyList<PersonMatch>>(async () =>
        {
            var page = await clients.For(tenant).Users.GetAsync(r =>
            {
                r.QueryParameters.Search = GraphPeople.Search(text);
                r.QueryParameters.Top = top;
                r.QueryParameters.Select = GraphPeople.MatchFields;
                r.QueryParameters.Filter = GraphPeople.Offerable;

                // $search, and showInAddressList in $filter, make this an advanced query: without the header and $count=true
                // Graph answers 400 (learn.microsoft.com/graph/aad-advanced-queries).
                r.QueryParameters.Count = true;
                r.Headers.Add("ConsistencyLevel", "eventual");
            }, cancellationToken).ConfigureAwait(false);
            return [.. (page?.Value ?? []).Select(GraphPeople.Match).OfType<PersonMatch>()];
        }, cancellationToken);

    private static async Task<T?> OrNullAsync<T>(Task<T?> read, params int[] absent)
        where T : class
    {
        try
        {
            return await read.ConfigureAwait(false);
        }
        catch (ApiException e) when (absent.Contains(e.ResponseStatusCode))
        {
            return null;
        }
    }

    /// <summary>The gateway's error mapping, with the directory's own code so the message names the right service.</summary>
    private async Task<Result<T>> RunAsync<T>(Func<Task<T>> operation, CancellationToken cancellationToken)
    {
        var result = await clients.RunAsync(operation, cancellationToken).ConfigureAwait(false);
        return result.IsSuccess ? result : Result<T>.Failure([.. result.Errors.Select(e => e.Kind == ErrorKind.Unavailable ? e with { Code = UnavailableCode } : e)]);
    }
}
