// Flex Consumption (FC1) plan and the Linux function app (.NET 10 isolated worker), running as the
// user-assigned identity: host storage, deployment package and telemetry all authenticate with it.
param name string
param planName string
param location string
param tags object
param identityId string
param identityClientId string
param storageAccountName string
param blobEndpoint string
param tableEndpoint string
param queueEndpoint string

@description('Id of the Teams app in the catalog, installed for a person through Graph before their first card.')
param teamsAppId string
param deploymentContainerName string
param appInsightsConnectionString string
@description('Origins allowed to call the API from a browser: the tab pages\' site.')
param corsAllowedOrigins array = []
param azureAdInstance string
param azureAdTenantId string
param azureAdClientId string

@description('Customer tenants allowed to call the API, comma-separated tenant ids (Auth:AllowedTenantIds).')
param allowedTenantIds string

@description('Teams deep link to the personal tab, put in every invitation.')
param tabLink string

@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

// Flex Consumption allows 40 to 1,000. Every instance may send cards, so the bot's per-instance pace below shrinks as this grows:
// 40 instances send 0.7 requests per second each (28 per second per tenant together).
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

// Teams limits a bot's requests per app per tenant, all operations together (MicrosoftDocs/msteams-docs
// msteams-platform/bots/how-to/rate-limit.md, "Per bot per thread limit" note: "The global limit per app per tenant is 50 Requests
// Per Second (RPS)"; another revision of the same note says 30). The product paces itself per tenant and per instance
// (Bot:RequestsPerSecond), and every instance may be sending at once, so each gets the tenant budget / maximumInstanceCount. The
// budget defaults under the stricter figure (28 < 30 < 50); 48 is the most the 50 allows.
@minValue(1)
@maxValue(48)
param botTenantRequestsPerSecond int = 28
var botMilliRpsPerInstance = (botTenantRequestsPerSecond * 1000) / maximumInstanceCount
var botRequestsPerSecond = '${botMilliRpsPerInstance / 1000}.${padLeft(string(botMilliRpsPerInstance % 1000), 3, '0')}'

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      cors: {
        allowedOrigins: corsAllowedOrigins
      }
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${blobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }

  resource appSettings 'config' = {
    name: 'appsettings'
    properties: {
      // Host storage through the managed identity (no connection string, shared keys are off).
      AzureWebJobsStorage__accountName: storageAccountName
      AzureWebJobsStorage__credential: 'managedidentity'
      AzureWebJobsStorage__clientId: identityClientId
      // Telemetry: Entra authentication with the same identity (local auth is disabled on the component).
      APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
      APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
      // Sampling (overrides host.json): traces and dependencies are sampled adaptively to about 5 items a second per
      // instance; requests and exceptions never are, so failure rates and every error stay exact. Request telemetry holds
      // no URL (host.json: enableHttpTriggerExtendedInfoCollection false) and the app's logs no query string.
      AzureFunctionsJobHost__logging__applicationInsights__samplingSettings__isEnabled: 'true'
      AzureFunctionsJobHost__logging__applicationInsights__samplingSettings__maxTelemetryItemsPerSecond: '5'
      AzureFunctionsJobHost__logging__applicationInsights__samplingSettings__excludedTypes: 'Request;Exception'
      AzureFunctionsJobHost__logging__applicationInsights__httpAutoCollectionOptions__enableHttpTriggerExtendedInfoCollection: 'false'
      // Product settings (Mentoring.Infrastructure StorageOptions, Microsoft.Identity.Web AzureAd section).
      Storage__TableEndpoint: tableEndpoint
      Storage__ManagedIdentityClientId: identityClientId
      AzureAd__Instance: azureAdInstance
      AzureAd__TenantId: azureAdTenantId
      // No AzureAd__Audience: the registration asks for v2 tokens, whose aud is the client id (the API accepts nothing else).
      AzureAd__ClientId: azureAdClientId
      // Deny by default: only these customer tenants may use the API (checked on every request).
      Auth__AllowedTenantIds: allowedTenantIds
      // Graph: the same multi-tenant app, authenticated per customer tenant with a federated credential (no secret).
      Graph__ClientId: azureAdClientId
      Graph__ManagedIdentityClientId: identityClientId
      // The bot (modules/bot.bicep): its identity is the managed identity, single-tenant, no secret.
      Bot__AppId: identityClientId
      Bot__AppTenantId: tenant().tenantId
      Bot__ManagedIdentityClientId: identityClientId
      Bot__TeamsAppId: teamsAppId
      Bot__RequestsPerSecond: botRequestsPerSecond
      // The card fan-out's queues (Mentoring.Infrastructure DeliveryOptions; the queue triggers read %DispatchCardQueue%).
      Storage__QueueEndpoint: queueEndpoint
      DispatchSessionQueue: 'dispatch-sessions'
      DispatchCardQueue: 'dispatch-cards'
      // Conversations opened ahead of a person's first card, when they join a circle (%BotConversationQueue%).
      BotConversationQueue: 'bot-conversations'
      // Erasures run as queued work (Mentoring.Infrastructure StorageErasureQueue; the trigger reads %PrivacyErasureQueue%).
      PrivacyErasureQueue: 'privacy-erasures'
      // Graph change notifications on organizers' events: where Graph posts them, and the queue their worker reads
      // (Mentoring.Infrastructure StorageCalendarWorkQueue; the trigger reads %CalendarWorkQueue%).
      CalendarNotifications__NotificationUrl: 'https://${name}.azurewebsites.net/api/notifications/calendar'
      CalendarWorkQueue: 'calendar-work'
      // The personal tab's Teams deep link, written into every invitation (Mentoring.Functions SchedulingOptions), and the meeting
      // side panel's, in every agenda (AgendaOptions). Both name the manifest's id; the product puts each tenant's org catalog id
      // in its place (Core ITeamsAppLinks: an org catalog app is named by that id, learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-link-application).
      Scheduling__TabLink: tabLink
      Agendas__PanelLink: 'https://teams.microsoft.com/l/entity/${teamsAppId}/meeting-panel'
    }
  }
}

output name string = site.name
output url string = 'https://${site.properties.defaultHostName}'
