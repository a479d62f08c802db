namespace Mentoring.M365Emulator;

/// <summary>
/// The Microsoft 365 client apps that ask Entra ID for a tab's or an add-in's single sign-on token: a Teams or Office
/// tab's API pre-authorizes them (it lists them as authorized client applications of its access_as_user scope).
/// </summary>
/// <remarks>
/// Source: learn.microsoft.com/microsoftteams/platform/tabs/how-to/authentication/tab-sso-register-aad, "To configure
/// authorized client application" (MicrosoftDocs/msteams-docs tabs/how-to/authentication/tab-sso-register-aad.md). The same
/// id serves Microsoft 365 mobile and Outlook desktop. The emulator's Teams page asks tokens as <see cref="TeamsWeb"/>, its
/// Outlook page as <see cref="OutlookWeb"/>: they stand for those web clients.
/// </remarks>
public static class FirstPartyClients
{
    public const string TeamsDesktopAndMobile = "1fec8e78-bce4-4aaf-ab1b-5451cc387264";
    public const string TeamsWeb = "5e3ce6c0-2b1f-4285-8d4b-75ee78787346";
    public const string Microsoft365Web = "4765445b-32c6-49b0-83e6-1d93765276ca";
    public const string Microsoft365Desktop = "0ec893e0-5785-4de6-99da-4ed124e5296c";
    public const string Microsoft365MobileAndOutlookDesktop = "d3590ed6-52b3-4102-aeff-aad2292ab01c";
    public const string OutlookWeb = "bc59ab01-8403-45c6-8796-ac3ef710b3e3";
    public const string OutlookMobile = "27922004-5251-4030-b22d-91ecd9a37ea4";

    public static IReadOnlyList<string> All { get; } =
    [
        TeamsDesktopAndMobile, TeamsWeb, Microsoft365Web, Microsoft365Desktop, Microsoft365MobileAndOutlookDesktop, OutlookWeb, OutlookMobile,
    ];
}
