using Mentoring.Infrastructure.Graph;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Infrastructure.Tests.Graph;

/// <summary>A Retry-After given as an HTTP date is a wait from the injected clock's now, not the machine's.</summary>
public sealed class RetryAfterTests
{
    [Theory]
    [InlineData("Mon, 07 Dec 2026 08:00:10 GMT", 10)]
    [InlineData("Mon, 07 Dec 2026 07:59:00 GMT", 0)]
    [InlineData("7", 7)]
    public void A_retry_after_date_is_read_against_the_injected_clock(string header, int seconds)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero));
        using var response = new HttpResponseMessage(System.Net.HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("Retry-After", header);

        Assert.Equal(TimeSpan.FromSeconds(seconds), GraphCall.RetryAfter(response.Headers.NonValidated, clock));
    }

    [Fact]
    public void No_retry_after_is_no_wait_named()
    {
        using var response = new HttpResponseMessage(System.Net.HttpStatusCode.TooManyRequests);

        Assert.Null(GraphCall.RetryAfter(response.Headers.NonValidated, new FakeTimeProvider()));
    }
}
