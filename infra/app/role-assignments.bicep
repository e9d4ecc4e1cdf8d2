// Data-plane roles one principal needs to run (or debug) the app: the storage roles the Functions
// host, the durable Azure Storage backend and the app's own code use, and Monitoring Metrics
// Publisher so telemetry is accepted with Application Insights local auth off.

@description('Name of the storage account the roles are granted on.')
param storageAccountName string

@description('Name of the Application Insights component Monitoring Metrics Publisher is granted on.')
param applicationInsightsName string

@description('Object id of the principal receiving the roles.')
param principalId string

@description('Kind of principal: ServicePrincipal for the managed identity, User (or Group) for a person.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param principalType string

// Built-in role definition ids (the same in every tenant).
var storageRoles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
}
var monitoringMetricsPublisher = '3913510d-42f4-4e42-8a64-420c390055eb'

resource storage 'Microsoft.Storage/storageAccounts@2026-06-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource storageRoleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in items(storageRoles): {
    name: guid(storage.id, principalId, role.value)
    scope: storage
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role.value)
      principalId: principalId
      principalType: principalType
      description: '${role.key} for the YouTube download API'
    }
  }
]

resource metricsPublisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(applicationInsights.id, principalId, monitoringMetricsPublisher)
  scope: applicationInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisher)
    principalId: principalId
    principalType: principalType
    description: 'monitoringMetricsPublisher for the YouTube download API'
  }
}
