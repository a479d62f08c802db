using System.Net.Http.Headers;

namespace Mentoring.Api.Tests;

/// <summary>
/// Puts a person's token on each request and signs in again once it has expired on the host's clock, as MSAL renews a
/// token: a test that moves the shared fake clock by days keeps its clients, the API sees a token valid at its "now".
/// </summary>
internal sealed class SignedIn(Func<Task<(string Token, TimeSpan Lifetime)>> signIn, TimeProvider clock) : DelegatingHandler(new HttpClientHandler())
{
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim gate = new(1, 1);
    private string? token;
    private DateTimeOffset renewAt;

    public async Task<string> TokenAsync()
    {
        await gate.WaitAsync();
        try
        {
            if (token is null || clock.GetUtcNow() >= renewAt)
            {
                var signedInAt = clock.GetUtcNow();
                (token, var lifetime) = await signIn();
                renewAt = signedInAt + lifetime - Margin;
            }

            return token;
        }
        finally
        {
            gate.Release();
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync());
        return await base.SendAsync(request, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            gate.Dispose();
        }

        base.Dispose(disposing);
    }
}
