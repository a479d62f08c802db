namespace Mentoring.Infrastructure.Graph;

/// <summary>What installing the product's Teams app for a person came to.</summary>
internal enum AppInstall
{
    Installed,

    /// <summary>Graph answered 409: the person has it already.</summary>
    AlreadyInstalled,

    /// <summary>The person does not exist (any more) in the tenant's directory.</summary>
    PersonNotFound,

    /// <summary>
    /// The tenant's catalog does not have the app, or Graph refuses its catalog id: a configuration error for the tenant's admin
    /// (publish the app to the organization's catalog, grant AppCatalog.Read.All), never a sign the person is gone.
    /// </summary>
    AppNotInCatalog,
}
