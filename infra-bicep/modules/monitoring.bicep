// Log Analytics workspace and workspace-based Application Insights; ingestion is Entra-only (local auth off).
param logAnalyticsName string
param appInsightsName string
param location string
param tags object

@description('Principal allowed to publish telemetry (Monitoring Metrics Publisher).')
param identityPrincipalId string

// How long telemetry is kept. It carries ids, counts and outcomes only (no URL query, no name, no email: see docs/privacy.md,
// Telemetry), and an erasure cannot reach it, so it is kept the shortest time the workspace allows (PerGB2018: 30 days).
@minValue(30)
@maxValue(90)
param retentionInDays int = 30

var monitoringMetricsPublisher = '3913510d-42f4-4e42-8a64-420c390055eb'

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: logAnalyticsName
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    DisableLocalAuth: true
    RetentionInDays: retentionInDays
    // No ingestion sampling: the host samples adaptively before sending (host.json and the function app's settings), and
    // ingestion sampling would thin what is left again, requests included.
    SamplingPercentage: 100
  }
}

resource publisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, identityPrincipalId, monitoringMetricsPublisher)
  scope: appInsights
  properties: {
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisher)
  }
}

output connectionString string = appInsights.properties.ConnectionString
