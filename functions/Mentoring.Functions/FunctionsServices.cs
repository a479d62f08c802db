using Mentoring.Core;
using Mentoring.Functions.Http;
using Mentoring.Infrastructure;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Identity.Web;

namespace Mentoring.Functions;

/// <summary>Everything the function classes need; the Functions host and the local host both call this.</summary>
public static class FunctionsServices
{
    public static IServiceCollection AddMentoringFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddMentoringInfrastructure(configuration);
        foreach (var useCase in CoreServices.UseCases)
        {
            services.AddScoped(useCase);
        }

        // Microsoft.Identity.Web validates signature, issuer (per tenant), audience and lifetime from the AzureAd section.
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddMicrosoftIdentityWebApi(configuration.GetSection("AzureAd"), subscribeToJwtBearerMiddlewareDiagnosticsEvents: false);
        services.AddAuthorization();
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.Section));
        services.AddScoped<CallerAuthenticator>();
        services.AddScoped<Api>();
        return services;
    }
}
