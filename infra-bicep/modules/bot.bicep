// The Azure Bot that lets Teams reach the product's messaging endpoint and the product reach Teams (Bot Connector).
// Its identity is the function app's user-assigned managed identity (msaAppType UserAssignedMSI): no app secret exists,
// the app gets its Bot Connector tokens from the managed identity (Mentoring.Infrastructure ManagedIdentityBotTokens).
param name string
param tags object

@description('Display name shown in Teams for the bot.')
param displayName string = 'MentoringAddin'

@description('The product\'s messaging endpoint: https://<function app>/api/messages.')
param messagingEndpoint string

param identityId string
param identityClientId string

@description('Tenant of the managed identity: the bot is single-tenant.')
param tenantId string = tenant().tenantId

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: 'S1'
  }
  properties: {
    displayName: displayName
    endpoint: messagingEndpoint
    msaAppId: identityClientId
    msaAppType: 'UserAssignedMSI'
    msaAppMSIResourceId: identityId
    msaAppTenantId: tenantId
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output name string = bot.name
output appId string = identityClientId
