using Mentoring.Core;
using Mentoring.Core.Agendas;
using Mentoring.Core.Scheduling;
using Mentoring.Functions.Agendas;
using Mentoring.Functions.Scheduling;
using Mentoring.Functions.Http;
using Mentoring.Infrastructure;
using Mentoring.Infrastructure.Bot;
using Mentoring.Infrastructure.Graph;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;

namespace Mentoring.Functions;

/// <summary>Everything the function classes need; the Functions host and the local host both call this.</summary>
public static class FunctionsServices
{
    public static IServiceCollection AddMentoringFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddMentoringInfrastructure(configuration);
        services.AddMentoringGraph(configuration);
        services.AddMentoringBot(configuration);
        foreach (var useCase in CoreServices.UseCases)
        {
            services.AddScoped(useCase);
        }

        // One per process: the pickers' answers are shared by everyone of a tenant for a minute.
        services.AddSingleton<Mentoring.Core.People.PeopleSearchCache>();

        // Microsoft.Identity.Web validates signature, issuer (per tenant), audience and lifetime from the AzureAd section.
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddMicrosoftIdentityWebApi(configuration.GetSection("AzureAd"), subscribeToJwtBearerMiddlewareDiagnosticsEvents: false);
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            options.TokenValidationParameters.ValidIssuers = [IssuerTemplate(configuration)];

            // The registration asks for v2 tokens, whose aud is the client id and nothing else (not the App ID URI, which
            // Microsoft.Identity.Web's own audience rule would also take): access-token-claims-reference, aud.
            options.TokenValidationParameters.AudienceValidator = null;
            options.TokenValidationParameters.ValidAudiences = null;
            options.TokenValidationParameters.ValidAudience = configuration["AzureAd:ClientId"];
        });

        // Token lifetimes are checked on the injected clock like every other date (the system clock unless a test fixes it).
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .PostConfigure<TimeProvider>((options, time) => options.TokenValidationParameters.LifetimeValidator = TokenLifetime.On(time));
        services.AddAuthorization();
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.Section))
            .PostConfigure(o =>
            {
                o.ApiClientId = configuration["AzureAd:ClientId"] ?? "";
                o.Instance = configuration["AzureAd:Instance"] ?? o.Instance;
                o.AllowedTenants = [.. o.AllowedTenants, .. o.AllowedTenantIds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Guid.Parse)];
            })
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SchedulingOptions>().Bind(configuration.GetSection(SchedulingOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new SchedulingSettings(sp.GetRequiredService<IOptions<SchedulingOptions>>().Value.TabLink));
        services.AddOptions<AgendaOptions>().Bind(configuration.GetSection(AgendaOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<AgendaOptions>>().Value.ToSettings());
        services.AddSingleton<Mentoring.Core.FollowUps.IMemberCards, Mentoring.Core.FollowUps.MemberCards>();
        services.AddScoped<Mentoring.Core.Requests.IRequestCards, Mentoring.Core.Requests.RequestCards>();
        services.AddScoped<Bot.CardInvokeReplies>();
        services.AddOptions<Privacy.RetentionOptions>().Bind(configuration.GetSection(Privacy.RetentionOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<Privacy.RetentionOptions>>().Value.ToSettings());
        services.AddOptions<Privacy.LeaverOptions>().Bind(configuration.GetSection(Privacy.LeaverOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<Privacy.LeaverOptions>>().Value.ToSettings());
        services.TryAddSingleton<Mentoring.Core.Common.ITimerFailureLog, Timers.TimerFailureLog>();
        services.AddScoped<CallerAuthenticator>();
        services.AddScoped<Api>();
        services.AddScoped<FunctionGate>();
        return services;
    }

    /// <summary>
    /// The v2 issuer of any tenant of the configured instance, with Microsoft.Identity.Web's own {tenantid} placeholder.
    /// Its AadIssuerValidator then checks the token's issuer against its own tid without fetching the metadata again
    /// (which it would only do over https, so a local http emulator could not be the authority).
    /// </summary>
    private static string IssuerTemplate(IConfiguration configuration) =>
        $"{configuration["AzureAd:Instance"]?.TrimEnd('/') ?? "https://login.microsoftonline.com"}/{{tenantid}}/v2.0";
}
