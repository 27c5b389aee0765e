// Kvalitetsråd: the Azure resources of one environment (dev, test, prod …), deployed into one resource
// group by `arm/deploy` in teamsapp.yml. Outputs are written by the Agents Toolkit to env/.env.<env>.
//
//   user-assigned managed identity ── the bot's identity (BOT_ID); also reads Key Vault
//   App Service plan (Linux, B1) ─── web app (Node 22 LTS): bot endpoint /api/messages, tab /tab, API /api
//   virtual network ─── snet-app (App Service VNet integration) + snet-postgres (delegated to PostgreSQL)
//   private DNS zone ─── resolves the PostgreSQL server to its private address inside the VNet
//   PostgreSQL Flexible Server 16 (Burstable B1ms, 32 GB, no public access, TLS required), database kvalitetsrad
//   Key Vault (RBAC) ─── DATABASE_URL and the Entra app's client secret, read through Key Vault references
//   Log Analytics + Application Insights ─── logs and telemetry
//   Azure Bot (F0, UserAssignedMSI) + Microsoft Teams channel

targetScope = 'resourceGroup'

// ------------------------------------------------------------------ parameters

@minLength(4)
@maxLength(20)
@description('Lower-case letters and digits; used to name every resource (the Key Vault name is "kv-" + this, at most 24 characters).')
param resourceBaseName string

@description('Azure region for everything except the bot registration, which is global.')
param location string = resourceGroup().location

@maxLength(42)
@description('Display name of the Azure Bot registration.')
param botDisplayName string = 'Kvalitetsråd'

@description('App Service plan SKU. B1 is the smallest tier with Always On and VNet integration.')
param webAppSku string = 'B1'

@description('Teams app id from teamsApp/create; given to the server for deep links.')
param teamsAppId string = ''

@description('Entra object ids (comma-separated) of the organisation\'s app admins, who name the area heads in the tab (APP_ADMIN_IDS).')
param appAdminIds string = ''

@description('Client id of the Entra app used for tab SSO (aadApp/create).')
param aadAppClientId string

@secure()
@description('Client secret of the Entra app used for tab SSO; stored in Key Vault, used for the on-behalf-of flow.')
param aadAppClientSecret string

@description('Tenant of the Entra app used for tab SSO.')
param aadAppTenantId string = tenant().tenantId

@description('Authority host of the Entra app as aadApp/create writes it (AAD_APP_OAUTH_AUTHORITY_HOST).')
param aadAppOauthAuthorityHost string

@description('Administrator login of the PostgreSQL server (not azure_superuser, admin, administrator, root, guest or public).')
param postgresAdminLogin string = 'kvradmin'

@secure()
@minLength(8)
@description('Administrator password of the PostgreSQL server: 8–128 characters from at least three of upper case, lower case, digits and symbols.')
param postgresAdminPassword string

@description('PostgreSQL compute size; Standard_B1ms is Burstable, 1 vCore, 2 GiB.')
param postgresSkuName string = 'Standard_B1ms'

@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
@description('PostgreSQL pricing tier; must match postgresSkuName.')
param postgresSkuTier string = 'Burstable'

@description('PostgreSQL storage in GB.')
param postgresStorageSizeGB int = 32

@description('Daily ingestion cap of the Log Analytics workspace in GB, a guard against runaway logging costs.')
param logDailyCapGb int = 1

@description('Address space of the environment\'s virtual network.')
param vnetAddressPrefix string = '10.60.0.0/16'
param appSubnetPrefix string = '10.60.1.0/24'
param postgresSubnetPrefix string = '10.60.2.0/24'

// ------------------------------------------------------------------ names

var baseName = toLower(resourceBaseName)
var identityName = 'id-${baseName}'
var planName = 'asp-${baseName}'
var webAppName = 'app-${baseName}'
var botServiceName = 'bot-${baseName}'
var postgresServerName = 'psql-${baseName}'
var keyVaultName = 'kv-${baseName}'
var logAnalyticsName = 'log-${baseName}'
var appInsightsName = 'appi-${baseName}'
var vnetName = 'vnet-${baseName}'
var appSubnetName = 'snet-app'
var postgresSubnetName = 'snet-postgres'
var databaseName = 'kvalitetsrad'

// The host name App Service gives a new site; the site cannot reference its own properties in its
// app settings, so BOT_ENDPOINT is computed. The outputs use the actual defaultHostName.
var webAppHostName = '${webAppName}.azurewebsites.net'

// Built-in role "Key Vault Secrets User": read secret contents.
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

// ------------------------------------------------------------------ identity

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: identityName
  location: location
}

// ------------------------------------------------------------------ monitoring

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: logAnalyticsName
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
    workspaceCapping: {
      dailyQuotaGb: logDailyCapGb
    }
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: appInsightsName
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logAnalytics.id
    IngestionMode: 'LogAnalytics'
  }
}

// ------------------------------------------------------------------ network

resource vnet 'Microsoft.Network/virtualNetworks@2024-01-01' = {
  name: vnetName
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        vnetAddressPrefix
      ]
    }
    subnets: [
      {
        name: appSubnetName
        properties: {
          addressPrefix: appSubnetPrefix
          delegations: [
            {
              name: 'app-service'
              properties: {
                serviceName: 'Microsoft.Web/serverFarms'
              }
            }
          ]
        }
      }
      {
        name: postgresSubnetName
        properties: {
          addressPrefix: postgresSubnetPrefix
          delegations: [
            {
              name: 'postgres-flexible-server'
              properties: {
                serviceName: 'Microsoft.DBforPostgreSQL/flexibleServers'
              }
            }
          ]
        }
      }
    ]
  }
}

// A VNet-injected flexible server needs a private DNS zone whose name ends in
// .postgres.database.azure.com, linked to the VNet, so that the web app resolves the server's
// name to its private address.
resource postgresDnsZone 'Microsoft.Network/privateDnsZones@2020-06-01' = {
  name: '${baseName}.private.postgres.database.azure.com'
  location: 'global'
}

resource postgresDnsZoneLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2020-06-01' = {
  parent: postgresDnsZone
  name: '${vnetName}-link'
  location: 'global'
  properties: {
    registrationEnabled: false
    virtualNetwork: {
      id: vnet.id
    }
  }
}

// ------------------------------------------------------------------ database

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: postgresServerName
  location: location
  sku: {
    name: postgresSkuName
    tier: postgresSkuTier
  }
  properties: {
    version: '16'
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    authConfig: {
      activeDirectoryAuth: 'Disabled'
      passwordAuth: 'Enabled'
    }
    storage: {
      storageSizeGB: postgresStorageSizeGB
      autoGrow: 'Disabled'
    }
    backup: {
      backupRetentionDays: 7
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
    // Private access (VNet integration): the server lives in the delegated subnet and has no public
    // endpoint at all; only the web app, through its own VNet integration, can reach it. Azure then
    // reports network.publicNetworkAccess as 'Disabled' by itself. The property is not set here: it
    // is meant for servers outside a customer VNet (public access or private endpoints), and cannot
    // be switched on for a VNet-injected server.
    network: {
      delegatedSubnetResourceId: '${vnet.id}/subnets/${postgresSubnetName}'
      privateDnsZoneArmResourceId: postgresDnsZone.id
    }
  }
  dependsOn: [
    postgresDnsZoneLink
  ]
}

// Refuse unencrypted connections (the default on Flexible Server, stated here so it stays that way).
resource postgresRequireTls 'Microsoft.DBforPostgreSQL/flexibleServers/configurations@2024-08-01' = {
  parent: postgres
  name: 'require_secure_transport'
  properties: {
    value: 'on'
    source: 'user-override'
  }
}

resource postgresDatabase 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: postgres
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
  // One change at a time on the server: a configuration change and a database creation that run
  // side by side can fail with "ServerIsBusy".
  dependsOn: [
    postgresRequireTls
  ]
}

// ------------------------------------------------------------------ secrets

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 30
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource databaseUrlSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'database-url'
  properties: {
    contentType: 'PostgreSQL connection URL'
    value: 'postgres://${postgresAdminLogin}:${uriComponent(postgresAdminPassword)}@${postgres.properties.fullyQualifiedDomainName}:5432/${postgresDatabase.name}?sslmode=require'
  }
}

resource aadAppClientSecretSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'aad-app-client-secret'
  properties: {
    contentType: 'Entra app client secret (tab SSO, on-behalf-of)'
    value: aadAppClientSecret
  }
}

resource keyVaultSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(keyVault.id, identity.id, keyVaultSecretsUserRoleId)
  scope: keyVault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// ------------------------------------------------------------------ web app

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: planName
  location: location
  kind: 'linux'
  sku: {
    name: webAppSku
  }
  properties: {
    reserved: true // Linux
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false // no session state in memory; instances are interchangeable
    keyVaultReferenceIdentity: identity.id
    // Outbound traffic to private addresses (the PostgreSQL server) goes through the VNet; traffic to
    // the internet (Bot Connector, Microsoft Graph, Entra ID) goes out directly, so no NAT gateway is needed.
    virtualNetworkSubnetId: '${vnet.id}/subnets/${appSubnetName}'
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      appCommandLine: 'node dist/bot/src/index.js'
      alwaysOn: true
      http20Enabled: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      healthCheckPath: '/healthz'
      vnetRouteAllEnabled: false
      appSettings: [
        {
          name: 'BOT_ID'
          value: identity.properties.clientId
        }
        {
          name: 'BOT_TYPE'
          value: 'UserAssignedMsi'
        }
        {
          name: 'BOT_TENANT_ID'
          value: tenant().tenantId
        }
        {
          name: 'BOT_ENDPOINT'
          value: 'https://${webAppHostName}'
        }
        {
          // The tab's app id URI is api://<BOT_DOMAIN>/<AAD_APP_CLIENT_ID> (aad.manifest.json).
          name: 'BOT_DOMAIN'
          value: webAppHostName
        }
        {
          // Calendar and minutes links on cards.
          name: 'PUBLIC_URL'
          value: 'https://${webAppHostName}'
        }
        {
          name: 'TEAMS_APP_ID'
          value: teamsAppId
        }
        {
          name: 'APP_ADMIN_IDS'
          value: appAdminIds
        }
        {
          name: 'PLAYGROUND'
          value: '0'
        }
        {
          name: 'NODE_ENV'
          value: 'production'
        }
        {
          name: 'DATABASE_URL'
          value: '@Microsoft.KeyVault(SecretUri=${databaseUrlSecret.properties.secretUri})'
        }
        {
          name: 'AAD_APP_CLIENT_ID'
          value: aadAppClientId
        }
        {
          name: 'AAD_APP_CLIENT_SECRET'
          value: '@Microsoft.KeyVault(SecretUri=${aadAppClientSecretSecret.properties.secretUri})'
        }
        {
          name: 'AAD_APP_TENANT_ID'
          value: aadAppTenantId
        }
        {
          name: 'AAD_APP_OAUTH_AUTHORITY_HOST'
          value: aadAppOauthAuthorityHost
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: appInsights.properties.ConnectionString
        }
        {
          name: 'WEBSITE_RUN_FROM_PACKAGE'
          value: '1'
        }
        {
          name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
          value: 'false' // the package is built before upload (teamsapp.yml, deploy)
        }
      ]
    }
  }
  dependsOn: [
    // Key Vault references resolve only once the identity may read the secrets.
    keyVaultSecretsUser
  ]
}

// Deployments authenticate with Entra ID (the Agents Toolkit does); no FTP or basic-auth publishing.
resource webAppFtpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: webApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource webAppScmPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: webApp
  name: 'scm'
  properties: {
    allow: false
  }
}

// Console output (pino's JSON lines), HTTP logs and platform events into Log Analytics.
resource webAppDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: webApp
  properties: {
    workspaceId: logAnalytics.id
    logs: [
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
  }
}

// ------------------------------------------------------------------ bot registration

resource botService 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botServiceName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: 'F0' // free for the Teams channel (a "standard" channel)
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
  }
}

resource botTeamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: botService
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

// ------------------------------------------------------------------ outputs (written to env/.env.<env>)

output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ID string = identity.properties.clientId
output BOT_TENANT_ID string = identity.properties.tenantId
output BOT_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output AZURE_KEY_VAULT_NAME string = keyVault.name
output POSTGRES_SERVER_FQDN string = postgres.properties.fullyQualifiedDomainName
