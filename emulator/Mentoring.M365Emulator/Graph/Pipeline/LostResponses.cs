namespace Mentoring.M365Emulator.Graph.Pipeline;

/// <summary>Carries out a request, then loses its answer: the write is committed, the caller never learns it.</summary>
/// <remarks>
/// The handler writes into a buffer, so nothing reaches the wire before the choice: either the buffer is thrown away and a 504
/// goes out in its place, or the connection is aborted with no byte sent. Graph's own front end does the first when Exchange
/// answers too late; networks do the second.
/// </remarks>
internal static class LostResponses
{
    public static async Task RunAsync(HttpContext context, Func<Task> next, LostResponse lost, GraphRequestIds ids)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next();
        }
        finally
        {
            context.Response.Body = original;
        }

        if (lost == LostResponse.ConnectionDropped || context.Response.HasStarted)
        {
            context.Abort();
            return;
        }

        context.Response.Clear();
        ids.WriteHeaders(context.Response);
        await GraphErrors.WriteAsync(context, StatusCodes.Status504GatewayTimeout, "UnknownError", "The operation timed out before the service answered.");
    }
}
