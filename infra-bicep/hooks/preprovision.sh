#!/bin/sh
# azd preprovision hook (azure.yaml): creates (or updates) the API's Entra app registration before main.bicep is deployed, and
# puts its client id in the azd environment as AZURE_AD_CLIENT_ID, which main.parameters.json hands to main.bicep (Function App
# settings AzureAd__ClientId, Graph__ClientId, the Teams app id). main.bicep has no default for it: without this hook nothing deploys.
#
# The registration uses the Microsoft Graph Bicep extension (entra/app-registration.bicep); deploying it needs an identity that
# may create applications in the tenant (Application Developer, Cloud Application Administrator or Application Administrator).
# It is deployed into the resource group main.bicep uses (rg-<environment>), created here first (main.bicep keeps it).
# On a later `azd up` the domain and the managed identity found by postprovision.sh are passed again, so nothing is undone.
set -eu

: "${AZURE_ENV_NAME:?azd sets AZURE_ENV_NAME}"
: "${AZURE_LOCATION:?azd sets AZURE_LOCATION}"
group="rg-${AZURE_ENV_NAME}" # main.bicep: names.resourceGroup

az group create --name "$group" --location "$AZURE_LOCATION" --tags "azd-env-name=${AZURE_ENV_NAME}" --output none

client_id=$(az deployment group create \
  --resource-group "$group" \
  --name mentoring-app-registration \
  --template-file infra-bicep/entra/app-registration.bicep \
  --parameters appDomain="${APP_DOMAIN:-}" managedIdentityPrincipalId="${AZURE_IDENTITY_PRINCIPAL_ID:-}" \
  --query properties.outputs.clientId.value --output tsv)

case "$client_id" in
  ????????-????-????-????-????????????) ;;
  *) echo "preprovision: the app registration gave no client id ('$client_id')" >&2; exit 1 ;;
esac

azd env set AZURE_AD_CLIENT_ID "$client_id"
echo "preprovision: app registration $client_id (AZURE_AD_CLIENT_ID)"
