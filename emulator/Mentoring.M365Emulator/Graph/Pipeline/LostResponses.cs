namespace Mentoring.M365Emulator.Graph.Pipeline;

/// <summary>Carries out a request, then loses its answer: the write is committed, the caller never learns it.</summary>
/// <remarks>
/// The handler writes into a buffer, so nothing reaches the wire before the choice: either the buffer is thrown away and a 504
/// goes out in its place, or the connection is aborted with no byte sent. Graph's own front end does the first when Exchange
/// answers too late; networks do the second.
/// </remarks>
internal static class LostResponses
{
    public static Task RunAsync(HttpContext context, Func<Task> next, LostResponse lost, GraphRequestIds ids) =>
        RunAsync(context, next, lost, _ => true, c =>
        {
            ids.WriteHeaders(c.Response);
            return GraphErrors.WriteAsync(c, StatusCodes.Status504GatewayTimeout, "UnknownError", "The operation timed out before the service answered.");
        });

    /// <summary>
    /// Runs <paramref name="next"/>; if <paramref name="lose"/> says so of the answer it produced, loses it as
    /// <paramref name="lost"/> says, writing a timeout with <paramref name="writeTimeout"/>; otherwise sends it unchanged.
    /// </summary>
    public static async Task RunAsync(HttpContext context, Func<Task> next, LostResponse lost, Func<HttpResponse, bool> lose, Func<HttpContext, Task> writeTimeout)
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

        if (!context.Response.HasStarted && !lose(context.Response))
        {
            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
            return;
        }

        if (lost == LostResponse.ConnectionDropped || context.Response.HasStarted)
        {
            context.Abort();
            return;
        }

        context.Response.Clear();
        await writeTimeout(context);
    }
}
