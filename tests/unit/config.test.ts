import { ConfigError, loadConfig } from '../../bot/src/config';

const root = '/srv/kvalitetsrad';

describe('configuration', () => {
  it('defaults to local mode: loopback, port 3978, PGlite in .data, Playground on, Swedish cards', () => {
    const config = loadConfig({}, root);
    expect(config).toMatchObject({
      port: 3978,
      host: '127.0.0.1',
      dataDir: '/srv/kvalitetsrad/.data',
      localMode: true,
      playground: true,
      locale: 'sv',
    });
    expect(config.bot).toBeUndefined();
  });

  it('turns on inbound authentication, all interfaces and per-user language with a bot identity', () => {
    const config = loadConfig({ BOT_ID: '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d', BOT_PASSWORD: 's', PLAYGROUND: '1' }, root);
    expect(config).toMatchObject({ host: '0.0.0.0', localMode: false, playground: false, locale: 'auto' });
    expect(config.bot).toMatchObject({ type: 'MultiTenant' });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ PLAYGROUND: 'yes' }, 'PLAYGROUND'],
    [{ BOT_ID: 'not-a-guid' }, 'BOT_ID'],
    [{ BOT_TYPE: 'Anything' }, 'BOT_TYPE'],
    [{ BOT_ID: '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d', BOT_TYPE: 'SingleTenant', BOT_PASSWORD: 's' }, 'BOT_TENANT_ID'],
    [{ BOT_ID: '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d' }, 'BOT_PASSWORD'],
  ])('stops on %j with one line naming %s', (env, variable) => {
    expect(() => loadConfig(env, root)).toThrow(ConfigError);
    try {
      loadConfig(env, root);
    } catch (error) {
      expect((error as ConfigError).variable).toBe(variable);
      expect((error as Error).message).toMatch(new RegExp(`^Invalid configuration: ${variable} `));
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it("reads the tab's Entra app for Teams sign-in, with its app id URI, and refuses a client id that is no GUID", () => {
    const config = loadConfig({ AAD_APP_CLIENT_ID: '5c0d7a1e-2b3f-4c8d-9e6a-7b1c2d3e4f50', BOT_DOMAIN: 'kvalitetsrad.example.se' }, '/app');
    expect(config.entra).toEqual({
      clientId: '5c0d7a1e-2b3f-4c8d-9e6a-7b1c2d3e4f50',
      appIdUri: 'api://kvalitetsrad.example.se/5c0d7a1e-2b3f-4c8d-9e6a-7b1c2d3e4f50',
      tenantId: undefined,
      authorityHost: 'https://login.microsoftonline.com',
    });
    expect(loadConfig({}, '/app').entra).toBeUndefined();
    expect(() => loadConfig({ AAD_APP_CLIENT_ID: 'tab-app' }, '/app')).toThrow(/^Invalid configuration: AAD_APP_CLIENT_ID must be a GUID/);
  });

  it('reads the app admins as lower-case Entra ids, and refuses anything else', () => {
    expect(loadConfig({ APP_ADMIN_IDS: ' AAAAAAAA-0000-4000-8000-0000000000AD, 5c0d7a1e-2b3f-4c8d-9e6a-7b1c2d3e4f50 ' }, '/app').appAdminIds).toEqual(
      ['aaaaaaaa-0000-4000-8000-0000000000ad', '5c0d7a1e-2b3f-4c8d-9e6a-7b1c2d3e4f50'],
    );
    expect(loadConfig({}, '/app').appAdminIds).toEqual([]);
    expect(() => loadConfig({ APP_ADMIN_IDS: 'anna@example.org' }, '/app')).toThrow(/^Invalid configuration: APP_ADMIN_IDS must be Entra object ids/);
  });

  it("turns Microsoft Graph on with the Entra app's client secret, on https only, and never echoes the secret", () => {
    const tab = { AAD_APP_CLIENT_ID: '5c0d7a1e-2b3f-4c8d-9e6a-7b1c2d3e4f50' };
    expect(loadConfig(tab, '/app').graph).toBeUndefined();
    expect(loadConfig({ ...tab, AAD_APP_CLIENT_SECRET: 'hemligt' }, '/app').graph).toEqual({
      baseUrl: 'https://graph.microsoft.com/v1.0',
      clientSecret: 'hemligt',
    });
    expect(loadConfig({ ...tab, AAD_APP_CLIENT_SECRET: 'hemligt', GRAPH_BASE_URL: 'https://graph.microsoft.us/v1.0/' }, '/app').graph?.baseUrl).toBe(
      'https://graph.microsoft.us/v1.0',
    );
    expect(() => loadConfig({ ...tab, AAD_APP_CLIENT_SECRET: 'hemligt', GRAPH_BASE_URL: 'http://graph.example' }, '/app')).toThrow(
      /^Invalid configuration: GRAPH_BASE_URL must be the https address of Microsoft Graph/,
    );
    expect(() => loadConfig({ ...tab, AAD_APP_CLIENT_SECRET: 'hemligt', AAD_APP_OAUTH_AUTHORITY_HOST: 'http://127.0.0.1:9' }, '/app')).toThrow(
      /^Invalid configuration: AAD_APP_OAUTH_AUTHORITY_HOST must be https when AAD_APP_CLIENT_SECRET is set/,
    );
    try {
      loadConfig({ AAD_APP_CLIENT_SECRET: 'hemligt' }, '/app');
      throw new Error('accepted a client secret without a client id');
    } catch (error) {
      expect((error as Error).message).toMatch(/^Invalid configuration: AAD_APP_CLIENT_ID is required when AAD_APP_CLIENT_SECRET is set/);
      expect((error as Error).message).not.toContain('hemligt');
    }
  });

  it('reads the monthly reporting day as the nth working day, 5th by default, 1st to 15th', () => {
    expect(loadConfig({}, '/app').reportingWorkday).toBe(5);
    expect(loadConfig({ REPORTING_WORKDAY: '1' }, '/app').reportingWorkday).toBe(1);
    expect(() => loadConfig({ REPORTING_WORKDAY: '31' }, '/app')).toThrow(/^Invalid configuration: REPORTING_WORKDAY /);
  });

  it('turns on Application Insights only with a connection string that names an instrumentation key', () => {
    expect(loadConfig({}, '/app').telemetry).toBeUndefined();
    const connectionString =
      'InstrumentationKey=11111111-2222-4333-8444-555555555555;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/';
    expect(loadConfig({ APPLICATIONINSIGHTS_CONNECTION_STRING: connectionString }, '/app').telemetry).toEqual({ connectionString });
    expect(() => loadConfig({ APPLICATIONINSIGHTS_CONNECTION_STRING: 'https://example.org' }, '/app')).toThrow(
      /^Invalid configuration: APPLICATIONINSIGHTS_CONNECTION_STRING /,
    );
  });

  it('never echoes the bot password', () => {
    expect(() => loadConfig({ BOT_PASSWORD: 'hemligt' }, root)).toThrow(/^Invalid configuration: BOT_ID /);
  });
});
