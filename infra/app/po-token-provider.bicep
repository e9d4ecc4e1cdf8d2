// Optional: a PO token provider beside the app, the bgutil-ytdlp-pot-provider HTTP server (MIT; its Docker image
// listens on 4416) as a Container App. The app asks it for tokens (POST /get_pot) at
// YouTube__PoTokenProvider__BaseAddress. It holds no secret of ours; its ingress is HTTPS, and a single replica
// keeps its token cache warm (a token minted once serves every download of that video until it expires).
// Its console logs stay in the environment (`az containerapp logs show`); they hold no secret of ours.

@description('Name of the Container Apps environment.')
param environmentName string

@description('Name of the container app.')
param name string

@description('Azure region for both resources.')
param location string

@description('Tags applied to both resources.')
param tags object

@description('Container image of the provider.')
param image string

resource environment 'Microsoft.App/managedEnvironments@2025-07-01' = {
  name: environmentName
  location: location
  tags: tags
  properties: {
    workloadProfiles: [
      {
        name: 'Consumption'
        workloadProfileType: 'Consumption'
      }
    ]
  }
}

resource provider 'Microsoft.App/containerApps@2025-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    environmentId: environment.id
    workloadProfileName: 'Consumption'
    configuration: {
      ingress: {
        external: true
        targetPort: 4416
        transport: 'http'
        allowInsecure: false
      }
    }
    template: {
      containers: [
        {
          name: 'bgutil-pot-provider'
          image: image
          resources: {
            cpu: json('0.5')
            memory: '1Gi'
          }
          probes: [
            {
              type: 'Liveness'
              httpGet: {
                path: '/ping'
                port: 4416
              }
              periodSeconds: 30
            }
          ]
        }
      ]
      scale: {
        minReplicas: 1
        maxReplicas: 1
      }
    }
  }
}

@description('HTTPS base address of the provider, the app\'s YouTube__PoTokenProvider__BaseAddress.')
output baseAddress string = 'https://${provider.properties.configuration.ingress.fqdn}'
