namespace Mentoring.Functions.Http;

/// <summary>The Microsoft 365 client apps that get SSO tokens for the tabs and the task pane (the app registration pre-authorizes the same).</summary>
/// <remarks>The ids Microsoft lists for a tab's authorized client applications:
/// learn.microsoft.com/microsoftteams/platform/tabs/how-to/authentication/tab-sso-register-aad ("To configure authorized client
/// application"); one id serves both Microsoft 365 mobile and Outlook desktop. A deployment test checks that
/// infra-bicep/entra/app-registration.bicep pre-authorizes exactly these.</remarks>
public static class KnownClients
{
    public static IReadOnlyList<Guid> Microsoft365 { get; } =
    [
        Guid.Parse("1fec8e78-bce4-4aaf-ab1b-5451cc387264"), // Teams desktop and mobile
        Guid.Parse("5e3ce6c0-2b1f-4285-8d4b-75ee78787346"), // Teams web
        Guid.Parse("4765445b-32c6-49b0-83e6-1d93765276ca"), // Microsoft 365 web
        Guid.Parse("0ec893e0-5785-4de6-99da-4ed124e5296c"), // Microsoft 365 desktop
        Guid.Parse("d3590ed6-52b3-4102-aeff-aad2292ab01c"), // Microsoft 365 mobile, Outlook desktop
        Guid.Parse("bc59ab01-8403-45c6-8796-ac3ef710b3e3"), // Outlook web
        Guid.Parse("27922004-5251-4030-b22d-91ecd9a37ea4"), // Outlook mobile
    ];
}
