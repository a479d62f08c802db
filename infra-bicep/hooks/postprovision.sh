#!/bin/sh
# azd postprovision hook (azure.yaml): once main.bicep's outputs exist, finishes what needs them.
#  1. The app registration again, now with the Static Web App's host as its domain (identifier URI api://<host>/<client id>, the
#     SSO resource the manifest names) and the function app's managed identity as a federated credential (secretless Graph).
#  2. API_SCOPE (api://<host>/<client id>/access_as_user) and APP_DOMAIN into the azd environment: the web service's predeploy
#     hook writes them, with the API's URL, into the tab's config.json.
#  3. The Teams/Outlook app package (addin-manifest/build/appPackage.zip) with the same domain, client id, bot id and app id, for
#     the tenant administrator to upload (docs/deployment.md).
set -eu

: "${AZURE_RESOURCE_GROUP:?main.bicep output}"
: "${AZURE_STATIC_WEB_APP_URL:?main.bicep output}"
: "${AZURE_IDENTITY_PRINCIPAL_ID:?main.bicep output}"
: "${AZURE_AD_CLIENT_ID:?set by preprovision.sh}"
: "${AZURE_BOT_APP_ID:?main.bicep output}"
: "${TEAMS_APP_ID:?main.bicep output}"

domain="${AZURE_STATIC_WEB_APP_URL#https://}"
domain="${domain%/}"

outputs=$(az deployment group create \
  --resource-group "$AZURE_RESOURCE_GROUP" \
  --name mentoring-app-registration \
  --template-file infra-bicep/entra/app-registration.bicep \
  --parameters appDomain="$domain" managedIdentityPrincipalId="$AZURE_IDENTITY_PRINCIPAL_ID" \
  --query "[properties.outputs.clientId.value, properties.outputs.identifierUri.value]" --output tsv)
client_id=$(echo "$outputs" | sed -n 1p)
identifier_uri=$(echo "$outputs" | sed -n 2p)

# The same uniqueName must give the same application: a different id would leave main.bicep's settings naming another app.
if [ "$client_id" != "$AZURE_AD_CLIENT_ID" ]; then
  echo "postprovision: the registration's client id $client_id differs from AZURE_AD_CLIENT_ID $AZURE_AD_CLIENT_ID" >&2
  exit 1
fi

azd env set APP_DOMAIN "$domain"
azd env set API_SCOPE "${identifier_uri}/access_as_user"

node addin-manifest/package.mjs \
  --app-domain="$domain" \
  --aad-client-id="$client_id" \
  --bot-id="$AZURE_BOT_APP_ID" \
  --app-id="$TEAMS_APP_ID"
echo "postprovision: api scope ${identifier_uri}/access_as_user; app package addin-manifest/build/appPackage.zip"
