using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Mentoring.Functions.Http;

/// <summary>French first: English only when the request prefers it.</summary>
public static class Language
{
    public static bool PrefersEnglish(HttpRequest request)
    {
        var languages = request.GetTypedHeaders().AcceptLanguage;
        var best = languages.OrderByDescending(l => l.Quality ?? 1).FirstOrDefault(l => l.Value.StartsWith("fr", StringComparison.OrdinalIgnoreCase) || l.Value.StartsWith("en", StringComparison.OrdinalIgnoreCase));
        return best is not null && best.Value.StartsWith("en", StringComparison.OrdinalIgnoreCase);
    }
}
