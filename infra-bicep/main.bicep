// MentoringAddin: everything Azure needs, deployed with `azd up` (see azure.yaml at the repository root).
// Subscription scope: creates the resource group, then the modules deploy into it.
// No secrets: every identity is managed, storage refuses shared keys, the Key Vault uses RBAC.
// The Entra app registration (entra/app-registration.bicep, Microsoft Graph Bicep extension) is deployed by the azd hooks in
// hooks/ (azure.yaml): preprovision creates it and sets AZURE_AD_CLIENT_ID before this file is deployed; postprovision gives it the
// tab's domain (identifier URI) and trusts the function app's identity, then writes the Teams/Outlook app package. See docs/deployment.md.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; used to name the resource group and derive resource names.')
param environmentName string = 'mentoring-dev'

@minLength(1)
@description('Azure region of every resource (Flex Consumption must be available there).')
param location string = 'francecentral'

@description('Optional: object id of the developer running azd, granted data roles for local debugging against Azure.')
param principalId string = ''

@allowed(['User', 'ServicePrincipal', 'Group'])
@description('Kind of principalId: User for a developer, ServicePrincipal when azd runs in CI.')
param principalType string = 'User'

@description('Entra ID authority instance the API validates tokens against.')
param azureAdInstance string = environment().authentication.loginEndpoint

@description('Tenant accepted by the API: organizations (multi-tenant) or a tenant id.')
param azureAdTenantId string = 'organizations'

// No default: a deployment without the registration's id would accept no token at all (v2 tokens' aud is this id).
@minLength(36)
@maxLength(36)
@description('Application (client) id of the API app registration, set by hooks/preprovision.sh (azd env AZURE_AD_CLIENT_ID).')
param azureAdClientId string

@description('Customer tenants allowed to call the API, comma-separated tenant ids; empty allows only the tenant deployed to. Every other tenant gets 403.')
param allowedTenantIds string = ''

@description('Id of the Teams app (the manifest\'s id); by default the API app registration\'s client id.')
param teamsAppId string = azureAdClientId

@description('Every table the product uses (Mentoring.Infrastructure Storage/Tables.cs), created up front.')
param tableNames array = [
  'Circles'
  'Memberships'
  'People'
  'ScheduledCircles'
  'AgendaPublish'
  'Meetings'
  'BotContacts'
  'Outbox'
  'SessionDue'
  'Matching'
  'Pauses'
  'Erasures'
  'Retention'
  'Leavers'
  'CalendarFollow'
  'Goals'
  'Relationship'
  'Nudges'
]

@description('Queues created up front for the queue triggers: the card fan-out (Mentoring.Infrastructure DeliveryOptions), the erasures (StorageErasureQueue) and the poison queues the Functions host writes to.')
param queueNames array = [
  'dispatch-sessions'
  'dispatch-cards'
  'dispatch-sessions-poison'
  'dispatch-cards-poison'
  'bot-conversations'
  'bot-conversations-poison'
  'privacy-erasures'
  'privacy-erasures-poison'
  'calendar-work'
  'calendar-work-poison'
]

@description('Region of the Static Web App serving the tab pages (the service exists in fewer regions than Functions).')
param staticWebLocation string = 'westeurope'

var tags = {
  'azd-env-name': environmentName
  product: 'mentoring-addin'
}
var token = toLower(uniqueString(subscription().id, environmentName, location))
var names = {
  resourceGroup: 'rg-${environmentName}'
  functionApp: 'func-mentoring-${token}'
  staticWeb: 'stapp-mentoring-${token}'
  plan: 'plan-mentoring-${token}'
  storage: take('stmentoring${token}', 24)
  identity: 'id-mentoring-${token}'
  logAnalytics: 'log-mentoring-${token}'
  appInsights: 'appi-mentoring-${token}'
  keyVault: take('kv-mentoring-${token}', 24)
  deploymentContainer: 'app-package-${take(token, 8)}'
  bot: 'bot-mentoring-${token}'
}

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: names.resourceGroup
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  scope: rg
  name: 'identity'
  params: {
    name: names.identity
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  scope: rg
  name: 'monitoring'
  params: {
    logAnalyticsName: names.logAnalytics
    appInsightsName: names.appInsights
    location: location
    tags: tags
    identityPrincipalId: identity.outputs.principalId
  }
}

module storage 'modules/storage.bicep' = {
  scope: rg
  name: 'storage'
  params: {
    name: names.storage
    location: location
    tags: tags
    deploymentContainerName: names.deploymentContainer
    tableNames: tableNames
    queueNames: queueNames
    identityPrincipalId: identity.outputs.principalId
    developerPrincipalId: principalId
    developerPrincipalType: principalType
  }
}

module keyVault 'modules/keyvault.bicep' = {
  scope: rg
  name: 'keyvault'
  params: {
    name: names.keyVault
    location: location
    tags: tags
    identityPrincipalId: identity.outputs.principalId
  }
}

module staticWeb 'modules/staticweb.bicep' = {
  scope: rg
  name: 'staticweb'
  params: {
    name: names.staticWeb
    location: staticWebLocation
    tags: union(tags, { 'azd-service-name': 'web' })
  }
}

module functionApp 'modules/functionapp.bicep' = {
  scope: rg
  name: 'functionapp'
  params: {
    name: names.functionApp
    planName: names.plan
    location: location
    tags: union(tags, { 'azd-service-name': 'api' })
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    blobEndpoint: storage.outputs.blobEndpoint
    tableEndpoint: storage.outputs.tableEndpoint
    queueEndpoint: storage.outputs.queueEndpoint
    teamsAppId: teamsAppId
    deploymentContainerName: names.deploymentContainer
    appInsightsConnectionString: monitoring.outputs.connectionString
    corsAllowedOrigins: [staticWeb.outputs.url]
    azureAdInstance: azureAdInstance
    azureAdTenantId: azureAdTenantId
    azureAdClientId: azureAdClientId
    tabLink: 'https://teams.microsoft.com/l/entity/${teamsAppId}/mes-cercles'
    allowedTenantIds: empty(allowedTenantIds) ? tenant().tenantId : allowedTenantIds
  }
}

module bot 'modules/bot.bicep' = {
  scope: rg
  name: 'bot'
  params: {
    name: names.bot
    tags: tags
    messagingEndpoint: '${functionApp.outputs.url}/api/messages'
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
  }
}

output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output AZURE_FUNCTION_APP_URL string = functionApp.outputs.url
output AZURE_STATIC_WEB_APP_URL string = staticWeb.outputs.url
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_BOT_NAME string = bot.outputs.name
output AZURE_KEY_VAULT_URI string = keyVault.outputs.uri
// For hooks/postprovision.sh: the federated credential's subject, the bot's id and the Teams app id in the app package.
output AZURE_IDENTITY_PRINCIPAL_ID string = identity.outputs.principalId
output AZURE_BOT_APP_ID string = bot.outputs.appId
output TEAMS_APP_ID string = teamsAppId
output AZURE_AD_CLIENT_ID string = azureAdClientId
