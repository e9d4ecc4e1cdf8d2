// The YouTube download API on Azure: one resource group holding a Flex Consumption function app
// (.NET 10 isolated, Durable Functions on Azure Storage), its storage account, a user-assigned
// managed identity and Application Insights; optionally a Key Vault holding YouTube cookies and a
// PO token provider as a Container App. Every data-plane connection is identity-based;
// nothing here holds a key.
//
//   azd up                                   (parameters come from main.parameters.json)
//   az deployment sub create --location <region> --template-file infra/main.bicep \
//     --parameters environmentName=<name> location=<region> principalId=<your object id>

targetScope = 'subscription'

@description('Name of the environment (azd: AZURE_ENV_NAME); names the resource group and seeds the unique resource names.')
@minLength(1)
@maxLength(64)
param environmentName string

@description('Region for every resource (azd: AZURE_LOCATION). It must offer Flex Consumption: see `az functionapp list-flexconsumption-locations`.')
@minLength(1)
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Object id of the deploying user (azd: AZURE_PRINCIPAL_ID). When given, that user gets the same data roles as the app, to inspect blobs, tables and queues with Entra ID. Leave empty to skip.')
param principalId string = ''

@description('Kind of principal principalId is: User for a person, ServicePrincipal when a pipeline deploys.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param principalType string = 'User'

@description('Memory per Flex Consumption instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Maximum number of instances the function app scales out to. Activities (the transfers) spread over all of them; orchestrations over at most the task hub\'s partitionCount (host.json, 4). See docs/scale-out.md.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Always-ready instances of the durable group (orchestrations, activities), billed while idle; 0 scales to zero. Capped at the task hub\'s partitionCount (host.json): each then holds a control-queue partition.')
@minValue(0)
@maxValue(16)
param durableAlwaysReadyInstances int = 0

@description('Days after which a downloaded file is deleted from blob storage; 0 keeps files forever (the original API\'s behaviour).')
@minValue(0)
@maxValue(99999)
param retentionDays int = 0

@description('Blob container for downloaded files.')
@minLength(3)
@maxLength(63)
param downloadsContainerName string = 'downloads'

@description('Table for download tasks (letters and digits, starting with a letter).')
@minLength(3)
@maxLength(63)
param downloadsTableName string = 'downloads'

@description('Durable Functions task hub name (letters and digits, starting with a letter).')
@minLength(3)
@maxLength(45)
param taskHubName string = 'ytdownloads'

@description('Key that signs webhook deliveries (Webhooks__Secret); empty turns webhooks off (a callback_url is refused).')
@secure()
param webhooksSecret string = ''

@description('A Netscape cookies.txt of a YouTube account (YouTube__Cookies). When given, a Key Vault holds it as a secret the app reads through a Key Vault reference; empty: no vault, no cookies.')
@secure()
param youtubeCookies string = ''

@description('Run a PO token provider (bgutil-ytdlp-pot-provider) beside the app as a Container App, its address set as YouTube__PoTokenProvider__BaseAddress. Off by default.')
param poTokenProvider bool = false

@description('Container image of the PO token provider (it listens on 4416). Pin a tag you have tried.')
param poTokenProviderImage string = 'brainicism/bgutil-ytdlp-pot-provider:latest'

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
}
var serviceName = 'api'

// Names are computed here rather than read from module outputs, so What-If can predict them.
var identityName = 'id-${serviceName}-${resourceToken}'
var storageAccountName = 'st${resourceToken}'
var deploymentContainerName = 'app-package-${resourceToken}'
var logAnalyticsName = 'log-${resourceToken}'
var applicationInsightsName = 'appi-${resourceToken}'
var planName = 'plan-${resourceToken}'
var functionAppName = 'func-${serviceName}-${resourceToken}'
var keyVaultName = 'kv-${resourceToken}'
var containerEnvironmentName = 'cae-${resourceToken}'
var poTokenProviderName = 'ca-pot-${resourceToken}'

resource rg 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: identityName
    location: location
    tags: tags
  }
}

module storage 'app/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: storageAccountName
    location: location
    tags: tags
    deploymentContainerName: deploymentContainerName
    downloadsContainerName: downloadsContainerName
    downloadsTableName: downloadsTableName
    retentionDays: retentionDays
  }
}

module monitoring 'app/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: logAnalyticsName
    applicationInsightsName: applicationInsightsName
    location: location
    tags: tags
  }
}

module appRoles 'app/role-assignments.bicep' = {
  name: 'app-roles'
  scope: rg
  params: {
    storageAccountName: storageAccountName
    applicationInsightsName: applicationInsightsName
    // The identity's object id exists only once it is created. The role assignment names derive
    // from it on purpose (a recreated identity gets new assignments instead of a name clash),
    // so What-If cannot predict these names in advance.
    #disable-next-line what-if-short-circuiting
    principalId: identity.outputs.principalId
    principalType: 'ServicePrincipal'
  }
  dependsOn: [
    storage
    monitoring
  ]
}

module userRoles 'app/role-assignments.bicep' = if (!empty(principalId)) {
  name: 'user-roles'
  scope: rg
  params: {
    storageAccountName: storageAccountName
    applicationInsightsName: applicationInsightsName
    principalId: principalId
    principalType: principalType
  }
  dependsOn: [
    storage
    monitoring
  ]
}

module cookiesVault 'app/cookies-vault.bicep' = if (!empty(youtubeCookies)) {
  name: 'cookies-vault'
  scope: rg
  params: {
    name: keyVaultName
    location: location
    tags: tags
    cookies: youtubeCookies
    // As for the app's roles: the identity's object id exists only once it is created.
    #disable-next-line what-if-short-circuiting
    appPrincipalId: identity.outputs.principalId
  }
}

module poTokens 'app/po-token-provider.bicep' = if (poTokenProvider) {
  name: 'po-token-provider'
  scope: rg
  params: {
    environmentName: containerEnvironmentName
    name: poTokenProviderName
    location: location
    tags: tags
    image: poTokenProviderImage
  }
}

module functionApp 'app/function-app.bicep' = {
  name: 'function-app'
  scope: rg
  params: {
    planName: planName
    name: functionAppName
    location: location
    tags: tags
    serviceName: serviceName
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storageAccountName
    deploymentContainerName: deploymentContainerName
    downloadsContainerName: downloadsContainerName
    downloadsTableName: downloadsTableName
    taskHubName: taskHubName
    applicationInsightsName: applicationInsightsName
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    durableAlwaysReadyInstances: durableAlwaysReadyInstances
    webhooksSecret: webhooksSecret
    cookiesReference: empty(youtubeCookies) ? '' : cookiesVault!.outputs.cookiesReference
    poTokenProviderBaseAddress: poTokenProvider ? poTokens!.outputs.baseAddress : ''
  }
  // The host starts as soon as the app exists: let it find its storage roles already granted.
  dependsOn: [
    storage
    monitoring
    appRoles
  ]
}

// azd stores these in .azure/<env>/.env.
@description('Region the resources were deployed to.')
output AZURE_LOCATION string = location

@description('Tenant the resources were deployed to.')
output AZURE_TENANT_ID string = tenant().tenantId

@description('Resource group holding every resource.')
output AZURE_RESOURCE_GROUP string = rg.name

@description('Name of the function app.')
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name

@description('Base URL of the function app (routes are under /api).')
output AZURE_FUNCTION_APP_URL string = functionApp.outputs.url

@description('Name of the function app for the api service.')
output SERVICE_API_NAME string = functionApp.outputs.name

@description('Base URL of the api service.')
output SERVICE_API_URI string = functionApp.outputs.url

@description('Name of the storage account.')
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name

@description('Blob endpoint of the storage account.')
output AZURE_STORAGE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint

@description('Client id of the app\'s user-assigned managed identity.')
output AZURE_FUNCTION_APP_IDENTITY_CLIENT_ID string = identity.outputs.clientId
