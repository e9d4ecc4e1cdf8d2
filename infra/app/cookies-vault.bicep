// Optional: a Key Vault holding the YouTube cookies (a Netscape cookies.txt, which is a credential) as the secret
// `youtube-cookies`, readable by the app's managed identity only (Key Vault Secrets User, RBAC authorization, no
// access policies). The function app reads it through a Key Vault reference app setting (YouTube__Cookies), so the
// cookies are in no app setting, deployment output or log.

@description('Name of the Key Vault (3-24 letters, digits and hyphens).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region for the vault.')
param location string

@description('Tags applied to the vault.')
param tags object

@description('Content of the Netscape cookies.txt, written as the secret.')
@secure()
param cookies string

@description('Object id of the app\'s managed identity, granted Key Vault Secrets User on the vault.')
param appPrincipalId string

var secretName = 'youtube-cookies'
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    publicNetworkAccess: 'Enabled'
  }

  resource secret 'secrets' = {
    name: secretName
    properties: {
      value: cookies
      contentType: 'text/plain; Netscape cookies.txt'
    }
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, appPrincipalId, keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
    description: 'keyVaultSecretsUser for the YouTube download API (the cookies secret)'
  }
}

@description('The app setting value that makes App Service read the secret\'s current version: a Key Vault reference.')
output cookiesReference string = '@Microsoft.KeyVault(SecretUri=${vault::secret.properties.secretUri})'
