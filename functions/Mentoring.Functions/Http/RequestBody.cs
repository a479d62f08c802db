using System.Text.Json;
using Mentoring.Core.Common;
using Microsoft.AspNetCore.Http;

namespace Mentoring.Functions.Http;

/// <summary>Reads a JSON body of at most 64 KiB into a request type, turning every way it can be wrong into a field error.</summary>
public static class RequestBody
{
    public const int MaxBytes = 64 * 1024;

    public static async Task<Result<T>> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength > MaxBytes)
        {
            return TooLarge();
        }

        var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes)
            {
                return TooLarge();
            }
        }

        if (buffer.Length == 0)
        {
            return Error.Invalid("body", "request.body.missing");
        }

        var bytes = buffer.ToArray();
        try
        {
            // Syntax first, so "not JSON" and "JSON of the wrong shape" get different answers.
            using var document = JsonDocument.Parse(bytes);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return Error.Invalid("body", "request.json.notObject");
            }
        }
        catch (JsonException)
        {
            return Error.Invalid("body", "request.json.invalid");
        }

        try
        {
            return JsonSerializer.Deserialize<T>(bytes, ApiJson.Options)!;
        }
        catch (JsonException e)
        {
            return Error.Invalid(FieldOf(e.Path), "request.json.type");
        }
    }

    private static Error TooLarge() => new(ErrorKind.Validation, "request.body.tooLarge", "body", new Dictionary<string, object> { ["max"] = MaxBytes });

    /// <summary>"$.members[0].role" → "members[0].role", the same names the domain's errors use.</summary>
    private static string FieldOf(string? path) => path is null or "$" ? "body" : path.TrimStart('$', '.');
}
