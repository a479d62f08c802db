namespace Mentoring.M365Emulator;

/// <summary>Deterministic demo tenants and people, with fixed ids so hosts and tests can refer to them.</summary>
/// <remarks>
/// Contoso (French) has enough people for one mentorship (Camille mentors Hugo), one peer group of four
/// (Léa, Nicolas, Émilie in Toronto, Priya in Kolkata) and spares, among them Inès in Brussels, in no demo circle, and
/// Sofia, a guest invited from outside, and two people no picker may offer: Bastien, whose account is disabled, and Margaux,
/// hidden from the address list. Fabrikam (English) has three people and exists to test tenant isolation.
/// </remarks>
public static class DemoDirectory
{
    public static readonly Guid ContosoTenantId = Guid.Parse("c0000000-0000-4000-8000-00000000c0c0");
    public static readonly Guid FabrikamTenantId = Guid.Parse("f0000000-0000-4000-8000-00000000fafa");

    /// <summary>
    /// The demo API's application (client) id: the <c>aud</c> of every token issued for it, since its registration asks for v2
    /// access tokens (learn.microsoft.com/entra/identity-platform/access-token-claims-reference, <c>aud</c>).
    /// </summary>
    public const string ApiClientId = "7d1c8d0e-5b7a-4f3e-9a55-2f0c6b0f4e11";

    /// <summary>
    /// The demo API's Application ID URI, in the form Teams single sign-on requires (api://&lt;domain serving the tabs&gt;/&lt;client
    /// id&gt;) for the local host's default address: what clients name in the scope they ask (…/access_as_user), and the
    /// manifest's webApplicationInfo.resource; never the audience of a v2 token.
    /// </summary>
    public const string ApiIdentifierUri = "api://localhost:7071/" + ApiClientId;

    public const string ContosoDomain = "contoso.example";
    public const string FabrikamDomain = "fabrikam.example";

    private static readonly DayOfWeek[] Weekdays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public static IReadOnlyList<DemoUser> Users { get; } =
    [
        Contoso(1, "Camille Martin", "camille.martin"),
        Contoso(2, "Hugo Bernard", "hugo.bernard"),
        Contoso(3, "Léa Dubois", "lea.dubois"),
        Contoso(4, "Nicolas Thomas", "nicolas.thomas"),
        Contoso(5, "Émilie Tremblay", "emilie.tremblay", "fr-CA", "America/Toronto", new(9, 0), new(17, 0)),
        Contoso(6, "Priya Nair", "priya.nair", "en-IN", "Asia/Kolkata", new(9, 30), new(18, 30)) with { CustomTimeZone = true },
        Contoso(7, "Chloé Robert", "chloe.robert"),
        Contoso(8, "Julien Petit", "julien.petit"),
        Contoso(9, "Manon Lefèvre", "manon.lefevre") with { AppRoles = ["Coordinator"] },
        Contoso(10, "Inès Moreau", "ines.moreau", "fr-BE", "Europe/Brussels", new(8, 30), new(17, 0)),
        Guest(11, "Sofia García", "sofia.garcia", "outlook.example"),
        Contoso(12, "Bastien Girard", "bastien.girard") with { AccountEnabled = false },
        Contoso(13, "Margaux Roussel", "margaux.roussel") with { ShowInAddressList = false },
        Fabrikam(1, "Alex Johnson", "alex.johnson", "en-US", "America/New_York"),
        Fabrikam(2, "Morgan Lee", "morgan.lee", "en-GB", "Europe/London"),
        Fabrikam(3, "Sam Taylor", "sam.taylor", "en-US", "America/Los_Angeles"),
    ];

    /// <summary>
    /// The directory of the emulator serving the current request, set at the start of each of its requests
    /// (<see cref="UseDirectoryScope"/>). The seeded people are the same in every emulator, so they stay static; people added at
    /// run time (<see cref="Graph.Users.DirectoryChanges.AddMember"/>) belong to one emulator, and this scope lets the forty-odd
    /// lookups below see them without another emulator in the same process (a test class's) ever seeing them.
    /// </summary>
    private static readonly AsyncLocal<Graph.Users.DirectoryChanges?> Current = new();

    /// <summary>Finds a user by object id or UPN (case-insensitive), in any tenant: a seeded person, or one added to the
    /// directory of the emulator serving the current request.</summary>
    public static DemoUser? Find(string idOrUpn) =>
        (Guid.TryParse(idOrUpn, out var id)
            ? Users.FirstOrDefault(u => u.Id == id)
            : Users.FirstOrDefault(u => string.Equals(u.UserPrincipalName, idOrUpn, StringComparison.OrdinalIgnoreCase)))
        ?? Current.Value?.FindAdded(idOrUpn);

    /// <summary>Everyone the emulator serving the current request knows: the seeded people, then those added at run time.</summary>
    internal static IEnumerable<DemoUser> InScope => Current.Value is { } directory ? Users.Concat(directory.Added) : Users;

    /// <summary>Every request of <paramref name="app"/> sees the people added to <paramref name="directory"/>.</summary>
    internal static void UseDirectoryScope(IApplicationBuilder app, Graph.Users.DirectoryChanges directory) =>
        app.Use(async (context, next) =>
        {
            Current.Value = directory; // an async method: the value is restored when the request's pipeline returns
            await next(context);
        });

    /// <summary>A member of <paramref name="tenantId"/> with a mailbox and the demo's defaults (French, Paris, 9:00–18:00 on weekdays).</summary>
    internal static DemoUser Member(Guid tenantId, Guid id, string displayName, string alias) =>
        new(tenantId, id, displayName, $"{alias}@{(tenantId == FabrikamTenantId ? FabrikamDomain : ContosoDomain)}",
            "fr-FR", "Europe/Paris", new(9, 0), new(18, 0), Weekdays);

    /// <summary>Resolves a tenant path segment given as a tenant id or a verified domain.</summary>
    public static Guid? ResolveTenant(string segment)
    {
        if (Guid.TryParse(segment, out var id))
            return id == ContosoTenantId || id == FabrikamTenantId ? id : null;
        if (string.Equals(segment, ContosoDomain, StringComparison.OrdinalIgnoreCase))
            return ContosoTenantId;
        if (string.Equals(segment, FabrikamDomain, StringComparison.OrdinalIgnoreCase))
            return FabrikamTenantId;
        return null;
    }

    private static DemoUser Contoso(
        int n, string name, string alias, string language = "fr-FR", string zone = "Europe/Paris",
        TimeOnly? start = null, TimeOnly? end = null) =>
        new(ContosoTenantId, Guid.Parse($"c1000000-0000-4000-8000-{n:D12}"), name, $"{alias}@{ContosoDomain}",
            language, zone, start ?? new(9, 0), end ?? new(18, 0), Weekdays);

    /// <summary>A B2B guest of Contoso: #EXT# UPN, home mail, and no Contoso mailbox.</summary>
    private static DemoUser Guest(int n, string name, string alias, string homeDomain) =>
        new(ContosoTenantId, Guid.Parse($"c1000000-0000-4000-8000-{n:D12}"), name, $"{alias}_{homeDomain}#EXT#@{ContosoDomain}",
            "es-ES", "Europe/Madrid", new(9, 0), new(18, 0), Weekdays, "Guest", $"{alias}@{homeDomain}");

    private static DemoUser Fabrikam(int n, string name, string alias, string language, string zone) =>
        new(FabrikamTenantId, Guid.Parse($"f1000000-0000-4000-8000-{n:D12}"), name, $"{alias}@{FabrikamDomain}",
            language, zone, new(9, 0), new(17, 0), Weekdays);
}
