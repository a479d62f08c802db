// Entra ID app registration of the MentoringAddin API (Teams tab / Outlook task pane SSO, Graph calendar).
//
// Deployed by the azd hooks (../hooks/preprovision.sh, ../hooks/postprovision.sh), NOT referenced by ../main.bicep: the
// Microsoft Graph Bicep extension is restored from mcr.microsoft.com (see bicepconfig.json next to this file), a registry this
// build machine cannot reach, so `bicep build`/`lint` of this file is not part of the offline tests. Twice per `azd up`, by an
// identity allowed to create applications (the one running azd): before main.bicep, without the tab's domain (the client id
// is all main.bicep needs: v2 tokens' aud is the client id), and after it with the Static Web App's host as appDomain and the
// function app's identity as managedIdentityPrincipalId.
//
// No secrets: the app gets no password or certificate. The function app's user-assigned managed identity
// can be trusted as a federated identity credential (managedIdentityPrincipalId) for app-only Graph calls.
extension microsoftGraphV1

@description('Host name the tab and task pane are served from (no scheme): the Static Web App\'s; empty before it exists.')
param appDomain string = ''

@description('Immutable unique name of the application object in the tenant.')
param uniqueName string = 'mentoring-addin-api'

param displayName string = 'MentoringAddin'

@description('Optional: principal (object) id of the function app user-assigned identity, trusted as a federated credential.')
param managedIdentityPrincipalId string = ''

// Stable id of the delegated scope access_as_user (any fixed GUID, unique within the app).
var accessAsUserScopeId = guid(uniqueName, 'access_as_user')

// Microsoft Graph and its application permissions (app role ids): Calendars.ReadWrite for the series,
// OnlineMeetings.Read.All to read the Teams meeting chat thread id, which events do not carry, User.Read.All to read
// and search the people of the tenant (/users), MailboxSettings.Read for their time zone and working hours.
var graphAppId = '00000003-0000-0000-c000-000000000000'
var calendarsReadWriteRoleId = 'ef54d2bf-783f-4e0f-bca1-3210c0444d99'
var onlineMeetingsReadAllRoleId = 'c1684f21-1984-47fa-9d61-2dc8c296bb70'
var userReadAllRoleId = 'df021288-bdef-4463-88db-98f22de89214'
var mailboxSettingsReadRoleId = '40f97065-369a-49f4-947c-6a255697ae91'
// TeamsAppInstallation.ReadWriteSelfForUser.All: install the product's own Teams app for a person before their first card.
var teamsAppInstallationSelfForUserRoleId = '908de74d-f8b2-4d6b-a9ed-2a17b3b78179'
// AppCatalog.Read.All: find the app's catalog id in the tenant by its manifest id (externalId) before installing it
// (learn.microsoft.com/graph/api/appcatalogs-list-teamsapps); the catalog id differs from the manifest id in every tenant.
var appCatalogReadAllRoleId = 'e12dae10-5a57-4817-b79d-dfbec5348930'
// OnlineMeetingArtifact.Read.All: read a session's Teams attendance report (learn.microsoft.com/graph/api/meetingattendancereport-list);
// like OnlineMeetings.Read.All it also needs a Teams application access policy granted to the organizers (docs/attendance.md).
var onlineMeetingArtifactReadAllRoleId = 'df01ed3b-eb61-4eca-9965-6b3d789751b2'
// TeamsActivity.Send: nudges in a person's Teams activity feed (learn.microsoft.com/graph/api/userteamwork-sendactivitynotification,
// "Permissions", application), of the types the app manifest declares in activities.activityTypes.
var teamsActivitySendRoleId = 'a267235f-af13-44dc-8385-c1dc93023186'

// Microsoft 365 client ids allowed to get tokens for access_as_user without a consent prompt: the table of
// learn.microsoft.com/microsoftteams/platform/tabs/how-to/authentication/tab-sso-register-aad ("To configure authorized
// client application"). The API (functions/Mentoring.Functions/Http/KnownClients.cs) accepts tokens from the same clients.
var preAuthorizedClientIds = [
  '1fec8e78-bce4-4aaf-ab1b-5451cc387264' // Teams desktop and mobile
  '5e3ce6c0-2b1f-4285-8d4b-75ee78787346' // Teams web
  '4765445b-32c6-49b0-83e6-1d93765276ca' // Microsoft 365 web
  '0ec893e0-5785-4de6-99da-4ed124e5296c' // Microsoft 365 desktop
  'd3590ed6-52b3-4102-aeff-aad2292ab01c' // Microsoft 365 mobile, Outlook desktop
  'bc59ab01-8403-45c6-8796-ac3ef710b3e3' // Outlook web
  '27922004-5251-4030-b22d-91ecd9a37ea4' // Outlook mobile
]

// The app role a tenant gives to the people who gather cohorts and follow them (Enterprise applications > Users and groups);
// it reaches the API as "roles": ["Coordinator"] in the user's access token.
var coordinatorRoleId = guid(uniqueName, 'Coordinator')
var appRoles = [
  {
    id: coordinatorRoleId
    value: 'Coordinator'
    displayName: 'Coordinator'
    description: 'Gathers cohorts, proposes peer groups and follows their activity (never private notes nor agenda contents).'
    allowedMemberTypes: [
      'User'
    ]
    isEnabled: true
  }
]

var preAuthorizedApplications = [for clientId in preAuthorizedClientIds: {
  appId: clientId
  delegatedPermissionIds: [
    accessAsUserScopeId
  ]
}]

var apiSettings = {
  // v2 access tokens: aud is this app's client id, iss https://login.microsoftonline.com/{tid}/v2.0, ver 2.0
  // (learn.microsoft.com/entra/identity-platform/access-token-claims-reference). The API accepts that shape only.
  requestedAccessTokenVersion: 2
  oauth2PermissionScopes: [
    {
      id: accessAsUserScopeId
      value: 'access_as_user'
      type: 'User'
      isEnabled: true
      adminConsentDisplayName: 'Use MentoringAddin as the signed-in user'
      adminConsentDescription: 'Lets Teams and Outlook call the MentoringAddin API on behalf of the signed-in user.'
      userConsentDisplayName: 'Utiliser MentoringAddin en votre nom'
      userConsentDescription: 'Permet à Teams et Outlook d\'appeler MentoringAddin en votre nom.'
    }
  ]
  preAuthorizedApplications: preAuthorizedApplications
}

// Nested app authentication: the Outlook task pane gets its token through MSAL with Outlook as the broker, which Entra allows
// only for an app whose registration has this SPA redirect URI (learn.microsoft.com/office/dev/add-ins/develop/
// enable-nested-app-authentication-in-your-add-in, "Add a trusted broker through SPA redirect").
// The first pass (before the domain is known) registers none.
var spaSettings = {
  redirectUris: empty(appDomain) ? [] : [
    'brk-multihub://${appDomain}'
  ]
}

// Teams' consent window (teams-js authentication.authenticate, web/src/host/consentPages.ts) goes from /tab/auth-start to Entra's
// authorize endpoint with redirect_uri https://<domain>/tab/auth-end; Entra answers AADSTS50011 for a redirect URI the application
// does not list (learn.microsoft.com/entra/identity-platform/reply-url; the tab pattern: learn.microsoft.com/microsoftteams/platform/
// tabs/how-to/authentication/tab-sso-code, "auth-start" and "auth-end"). A web redirect: the page only reads the outcome, it never
// redeems the code. The first pass (before the domain is known) registers none.
var webSettings = {
  redirectUris: empty(appDomain) ? [] : [
    'https://${appDomain}/tab/auth-end'
  ]
}

var graphAccess = [
  {
    resourceAppId: graphAppId
    resourceAccess: [
      {
        id: calendarsReadWriteRoleId
        type: 'Role'
      }
      {
        id: onlineMeetingsReadAllRoleId
        type: 'Role'
      }
      {
        id: onlineMeetingArtifactReadAllRoleId
        type: 'Role'
      }
      {
        id: userReadAllRoleId
        type: 'Role'
      }
      {
        id: mailboxSettingsReadRoleId
        type: 'Role'
      }
      {
        id: teamsAppInstallationSelfForUserRoleId
        type: 'Role'
      }
      {
        id: appCatalogReadAllRoleId
        type: 'Role'
      }
      {
        id: teamsActivitySendRoleId
        type: 'Role'
      }
    ]
  }
]

// First pass: the application, with its scope and pre-authorized clients. The identifier URI embeds the
// app (client) id, which only exists once the application is created, hence the second pass below.
resource app 'Microsoft.Graph/applications@v1.0' = {
  uniqueName: uniqueName
  displayName: displayName
  signInAudience: 'AzureADMultipleOrgs'
  api: apiSettings
  appRoles: appRoles
  requiredResourceAccess: graphAccess
  spa: spaSettings
  web: webSettings
}

// Second pass on the same application (same uniqueName): identifierUris api://<domain>/<clientId>, once the domain is known.
resource appIdentifierUri 'Microsoft.Graph/applications@v1.0' = {
  uniqueName: uniqueName
  displayName: displayName
  signInAudience: 'AzureADMultipleOrgs'
  api: apiSettings
  appRoles: appRoles
  requiredResourceAccess: graphAccess
  spa: spaSettings
  web: webSettings
  identifierUris: empty(appDomain) ? [] : [
    'api://${appDomain}/${app.appId}'
  ]
}

resource servicePrincipal 'Microsoft.Graph/servicePrincipals@v1.0' = {
  appId: appIdentifierUri.appId
}

// Secretless app-only access: tokens for the app are obtained with the managed identity's assertion.
resource managedIdentityCredential 'Microsoft.Graph/applications/federatedIdentityCredentials@v1.0' = if (!empty(managedIdentityPrincipalId)) {
  name: '${appIdentifierUri.uniqueName}/function-app-identity'
  description: 'The MentoringAddin function app user-assigned managed identity.'
  issuer: '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'
  subject: managedIdentityPrincipalId
  audiences: [
    'api://AzureADTokenExchange'
  ]
}

output clientId string = appIdentifierUri.appId
output identifierUri string = empty(appDomain) ? '' : 'api://${appDomain}/${appIdentifierUri.appId}'
output servicePrincipalId string = servicePrincipal.id
output accessAsUserScopeId string = accessAsUserScopeId
