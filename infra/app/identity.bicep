// The user-assigned managed identity the function app runs as. Every data-plane call the app
// makes (host storage, the app's own blobs and table, deployment package, Application Insights)
// authenticates as this identity; nothing in the deployment holds a key.

@description('Name of the user-assigned managed identity.')
param name string

@description('Azure region for the identity.')
param location string

@description('Tags applied to the identity.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

@description('Resource id of the identity (for the function app\'s identity block and deployment storage).')
output id string = identity.id

@description('Client (application) id of the identity, used by the identity-based app settings.')
output clientId string = identity.properties.clientId

@description('Object (principal) id of the identity, used by the role assignments.')
output principalId string = identity.properties.principalId
