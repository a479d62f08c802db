// The Teams tab pages (web/dist): an Azure Static Web App, deployed by azd as service "web".
// The API stays on the Function App; the pages find it in config.json, written at packaging (azure.yaml hook),
// and the Function App allows this site's origin (CORS).
param name string
param location string
param tags object

resource site 'Microsoft.Web/staticSites@2024-04-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: 'Free'
    tier: 'Free'
  }
  properties: {
    allowConfigFileUpdates: true
    stagingEnvironmentPolicy: 'Disabled'
  }
}

output name string = site.name
output url string = 'https://${site.properties.defaultHostname}'
