// The Teams tab pages (web/dist): an Azure Static Web App, deployed by azd as service "web".
// The API stays on the Function App; the pages find it in /tab/config.json, which web/scripts/write-config.mjs writes into
// web/dist (at the end of `npm run build`, which azd runs with its environment, and again in the web service's predeploy hook
// in azure.yaml, once the outputs exist), and the Function App allows this site's origin (CORS).
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
