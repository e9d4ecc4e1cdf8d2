// The Flex Consumption (FC1) plan and the function app: .NET 10 isolated worker, package deployed
// from a blob container through the user-assigned identity, and every storage and telemetry
// setting identity-based (no connection string, no key).

@description('Name of the Flex Consumption plan.')
param planName string

@description('Name of the function app (also its <name>.azurewebsites.net host name).')
param name string

@description('Azure region for the plan and the app; it must offer Flex Consumption.')
param location string

@description('Tags applied to the plan and the app (the app also gets azd-service-name).')
param tags object

@description('Service name in azure.yaml; azd finds the app by the azd-service-name tag.')
param serviceName string

@description('Resource id of the user-assigned managed identity the app runs as.')
param identityId string

@description('Client id of the user-assigned managed identity.')
param identityClientId string

@description('Name of the storage account used for host storage, deployment and downloads.')
param storageAccountName string

@description('Blob container holding the deployment package.')
param deploymentContainerName string

@description('Blob container the app writes downloads to.')
param downloadsContainerName string

@description('Table the app keeps download tasks in.')
param downloadsTableName string

@description('Durable Functions task hub name (host.json reads %DURABLE_TASK_HUB%).')
param taskHubName string

@description('Name of the Application Insights component.')
param applicationInsightsName string

@description('Memory per instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('Upper bound on the number of instances the app scales out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int

@description('Always-ready instances of the durable group; capped at the task hub\'s partition count.')
@minValue(0)
param durableAlwaysReadyInstances int

@description('Key that signs webhook deliveries; empty: no webhooks.')
@secure()
param webhooksSecret string

@description('Key Vault reference to the YouTube cookies secret (YouTube__Cookies); empty: no cookies.')
param cookiesReference string = ''

@description('Base address of a PO token provider (YouTube__PoTokenProvider__BaseAddress); empty: none.')
param poTokenProviderBaseAddress string = ''

// The worker's memory follows the instance's: how many activities run at once, and the process-wide budget of
// segment buffers (Transfer__MaxBufferedBytes). Measured on the real host (README, "Memory"): 30 concurrent
// downloads with 10 activities and a 256 MiB budget stay well inside a 2048 MB instance, which the host shares.
var workerSizing = {
  '512': { activities: 2, bufferedBytes: 50331648 } // 48 MiB
  '2048': { activities: 10, bufferedBytes: 268435456 } // 256 MiB
  '4096': { activities: 20, bufferedBytes: 536870912 } // 512 MiB
}[string(instanceMemoryMB)]

// The task hub's control-queue partitions (host.json): at most this many instances run orchestrations, whatever the
// plan's maximumInstanceCount (activities spread over every instance). An always-ready instance beyond it would hold no
// partition, so the durable group's always-ready count stops there. The count is fixed for the life of a task hub.
var durablePartitionCount = loadJsonContent('../../host.json', '$.extensions.durableTask.storageProvider.partitionCount')
var durableAlwaysReady = min(durableAlwaysReadyInstances, durablePartitionCount, maximumInstanceCount)

resource storage 'Microsoft.Storage/storageAccounts@2026-06-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true // Linux
  }
}

resource functionApp 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    // Key Vault references (the cookies) resolve as the app's user-assigned identity.
    keyVaultReferenceIdentity: identityId
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
        alwaysReady: durableAlwaysReady > 0 ? [
          {
            name: 'durable'
            instanceCount: durableAlwaysReady
          }
        ] : []
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }

  // Flex Consumption sets FUNCTIONS_WORKER_RUNTIME and FUNCTIONS_EXTENSION_VERSION itself
  // (from functionAppConfig); they must not appear here.
  resource appSettings 'config' = {
    name: 'appsettings'
    properties: union({
      // Host storage (Functions runtime, durable Azure Storage backend: blobs, queues, tables).
      AzureWebJobsStorage__credential: 'managedidentity'
      AzureWebJobsStorage__clientId: identityClientId
      AzureWebJobsStorage__blobServiceUri: storage.properties.primaryEndpoints.blob
      AzureWebJobsStorage__queueServiceUri: storage.properties.primaryEndpoints.queue
      AzureWebJobsStorage__tableServiceUri: storage.properties.primaryEndpoints.table

      // The app's own storage: the downloads container and the tasks table.
      DownloadsStorage__credential: 'managedidentity'
      DownloadsStorage__clientId: identityClientId
      DownloadsStorage__blobServiceUri: storage.properties.primaryEndpoints.blob
      DownloadsStorage__tableServiceUri: storage.properties.primaryEndpoints.table
      Downloads__Container: downloadsContainerName
      Downloads__Table: downloadsTableName

      DURABLE_TASK_HUB: taskHubName
      AzureFunctionsJobHost__extensions__durableTask__maxConcurrentActivityFunctions: string(workerSizing.activities)
      Transfer__MaxBufferedBytes: string(workerSizing.bufferedBytes)

      // Telemetry through Entra ID (the component has local auth off).
      APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
      APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
    }, empty(webhooksSecret) ? {} : {
      // Only when given: without it the app refuses callback_url, which is what an empty secret means.
      Webhooks__Secret: webhooksSecret
    }, empty(cookiesReference) ? {} : {
      YouTube__Cookies: cookiesReference
    }, empty(poTokenProviderBaseAddress) ? {} : {
      YouTube__PoTokenProvider__BaseAddress: poTokenProviderBaseAddress
    })
  }

  // No FTP and no basic-auth publishing: azd and az deploy with Entra ID tokens.
  resource ftpPublishing 'basicPublishingCredentialsPolicies' = {
    name: 'ftp'
    properties: {
      allow: false
    }
  }

  resource scmPublishing 'basicPublishingCredentialsPolicies' = {
    name: 'scm'
    properties: {
      allow: false
    }
  }
}

@description('Name of the function app.')
output name string = functionApp.name

@description('HTTPS base URL of the function app.')
output url string = 'https://${functionApp.properties.defaultHostName}'
