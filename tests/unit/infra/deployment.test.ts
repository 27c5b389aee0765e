import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import YAML from 'yaml';
import { CONFIG_VARIABLES } from '../../../bot/src/config';

const ROOT = path.resolve(__dirname, '../../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** teamsapp.yml's schema as the Microsoft 365 Agents Toolkit ships it (see tests/fixtures/agents-toolkit/README.md). */
const schema = JSON.parse(read('tests/fixtures/agents-toolkit/teamsapp.v1.11.schema.json')) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const teamsapp = YAML.parse(read('teamsapp.yml')) as Record<string, unknown>;

const bicep = read('infra/azure.bicep');
const appSettings = [...bicep.slice(bicep.indexOf('appSettings: [')).matchAll(/^\s+name: '([A-Z][A-Z0-9_]+)'$/gm)].map((m) => m[1]!);
const bicepParams = new Map([...bicep.matchAll(/^param (\w+) \w+( = .+)?$/gm)].map((m) => [m[1]!, m[2] !== undefined]));
const bicepOutputs = [...bicep.matchAll(/^output (\w+) /gm)].map((m) => m[1]!);
const parameters = (JSON.parse(read('infra/azure.parameters.json')) as { parameters: Record<string, { value: unknown }> }).parameters;
const envDev = new Set([...read('env/.env.dev').matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]!));

/** App settings the platform or the toolkit reads, not the server's config; each with why it is there. */
const PLATFORM_SETTINGS: Record<string, string> = {
  BOT_ENDPOINT: 'the toolkit and the app package name the bot endpoint by it',
  TEAMS_APP_ID: 'the Teams app id, kept beside the app for support (deep links)',
  NODE_ENV: 'Node libraries switch to production behaviour',
  WEBSITE_RUN_FROM_PACKAGE: 'App Service runs the zip the toolkit deploys',
  SCM_DO_BUILD_DURING_DEPLOYMENT: 'App Service does not build: the toolkit deploys a built zip',
};

describe('the Azure deployment (teamsapp.yml, infra/azure.bicep, env/.env.dev)', () => {
  it('has a teamsapp.yml the Agents Toolkit accepts (its published v1.11 schema)', () => {
    expect(teamsapp.version).toBe('v1.11');
    expect(validate(teamsapp) ? [] : validate.errors).toEqual([]);
  });

  it('would notice a teamsapp.yml the toolkit refuses (the check can fail)', () => {
    const broken = structuredClone(teamsapp) as { provision: { uses: string; with?: unknown }[] };
    broken.provision[0] = { uses: 'aadApp/create', with: { name: 42, generateClientSecret: 'often' } };
    expect(validate(broken)).toBe(false);
    expect(validate({ ...teamsapp, version: undefined })).toBe(false);
  });

  it('provisions, deploys and publishes in the order a Teams administrator runs them', () => {
    const uses = (stage: string) => (teamsapp[stage] as { uses: string }[]).map((step) => step.uses);
    expect(uses('provision')).toEqual(expect.arrayContaining([
      'aadApp/create', 'teamsApp/create', 'arm/deploy', 'aadApp/update', 'teamsApp/validateManifest', 'teamsApp/zipAppPackage', 'teamsApp/update',
    ]));
    expect(uses('provision').indexOf('arm/deploy')).toBeLessThan(uses('provision').indexOf('teamsApp/update'));
    expect(uses('deploy')).toEqual(expect.arrayContaining(['cli/runNpmCommand', 'azureAppService/zipDeploy']));
    expect(uses('publish')).toContain('teamsApp/publishAppPackage');
  });

  it('sets only app settings the server reads or the platform needs, and every setting production needs', () => {
    expect(appSettings.length).toBeGreaterThan(10);
    const unknown = appSettings.filter((name) => !CONFIG_VARIABLES.includes(name) && !(name in PLATFORM_SETTINGS));
    expect(unknown).toEqual([]);
    for (const needed of ['APPLICATIONINSIGHTS_CONNECTION_STRING', 'BOT_ID', 'BOT_TYPE', 'BOT_TENANT_ID', 'DATABASE_URL', 'PUBLIC_URL', 'BOT_DOMAIN', 'AAD_APP_CLIENT_ID', 'AAD_APP_TENANT_ID', 'AAD_APP_OAUTH_AUTHORITY_HOST', 'APP_ADMIN_IDS', 'PLAYGROUND']) {
      expect(appSettings).toContain(needed);
    }
    expect(bicep).toMatch(/name: 'BOT_TYPE'\s+value: 'UserAssignedMsi'/);
    expect(bicep).toMatch(/name: 'PLAYGROUND'\s+value: '0'/);
  });

  it('keeps the database URL and the client secret in Key Vault, referenced from the app settings', () => {
    expect(bicep).toMatch(/name: 'DATABASE_URL'\s+value: '@Microsoft\.KeyVault\(/);
    expect(bicep).toMatch(/name: 'AAD_APP_CLIENT_SECRET'\s+value: '@Microsoft\.KeyVault\(/);
  });

  it('gets every Bicep parameter without a default from the parameters file, filled from the env files', () => {
    for (const [name, hasDefault] of bicepParams) {
      if (!hasDefault) expect(Object.keys(parameters)).toContain(name);
    }
    for (const name of Object.keys(parameters)) expect(bicepParams.has(name)).toBe(true);
    const placeholders = [...JSON.stringify(parameters).matchAll(/\$\{\{(\w+)\}\}/g)].map((m) => m[1]!);
    expect(placeholders.length).toBeGreaterThan(3);
    for (const name of placeholders) {
      // SECRET_ values live in env/.env.dev.user, which the toolkit writes and git never sees.
      if (!name.startsWith('SECRET_')) expect(envDev).toContain(name);
    }
  });

  it('writes its outputs where the toolkit keeps them: every output has its line in env/.env.dev', () => {
    expect(bicepOutputs).toEqual(expect.arrayContaining(['BOT_ID', 'BOT_DOMAIN', 'BOT_ENDPOINT', 'BOT_TENANT_ID']));
    for (const name of bicepOutputs) expect(envDev).toContain(name);
  });

  it('runs on Node 22 LTS with /healthz as the health check, as the README says', () => {
    expect(bicep).toMatch(/linuxFxVersion: 'NODE\|22-lts'/);
    expect(bicep).toMatch(/healthCheckPath: '\/healthz'/);
  });
});
