import path from 'node:path';
import { z } from 'zod';

/** Bot identity kinds, as the Agents Toolkit templates name them. */
export const BotTypes = ['MultiTenant', 'SingleTenant', 'UserAssignedMsi'] as const;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Variables whose values never appear in an error message. */
const SECRETS = new Set(['BOT_PASSWORD', 'AAD_APP_CLIENT_SECRET']);

const emptyToUndefined = (value: unknown) => (value === '' ? undefined : value);

const EnvSchema = z
  .object({
    PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).default(3978)),
    DATA_DIR: z.preprocess(emptyToUndefined, z.string().default('.data')),
    DATABASE_URL: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
        .optional(),
    ),
    PLAYGROUND: z.preprocess(emptyToUndefined, z.enum(['0', '1']).default('1')),
    BOT_ID: z.preprocess(emptyToUndefined, z.string().regex(GUID, 'must be a GUID (the bot’s Entra app id)').optional()),
    BOT_PASSWORD: z.preprocess(emptyToUndefined, z.string().optional()),
    BOT_TYPE: z.preprocess(emptyToUndefined, z.enum(BotTypes).default('MultiTenant')),
    BOT_TENANT_ID: z.preprocess(emptyToUndefined, z.string().regex(GUID, 'must be a GUID (the Entra tenant id)').optional()),
    PUBLIC_URL: z.preprocess(
      emptyToUndefined,
      z.url({ protocol: /^https?$/, error: 'must be the http(s) address Teams users reach the app at' }).optional(),
    ),
    LOCALE: z.preprocess(emptyToUndefined, z.enum(['auto', 'sv', 'en']).optional()),
    AAD_APP_CLIENT_ID: z.preprocess(emptyToUndefined, z.string().regex(GUID, 'must be a GUID (the tab’s Entra app id)').optional()),
    AAD_APP_TENANT_ID: z.preprocess(emptyToUndefined, z.string().regex(GUID, 'must be a GUID (the Entra tenant id)').optional()),
    AAD_APP_OAUTH_AUTHORITY_HOST: z.preprocess(
      emptyToUndefined,
      z
        .url({ protocol: /^https?$/, error: 'must be the Entra ID sign-in host, e.g. https://login.microsoftonline.com' })
        .default('https://login.microsoftonline.com'),
    ),
    AAD_APP_CLIENT_SECRET: z.preprocess(emptyToUndefined, z.string().optional()),
    GRAPH_BASE_URL: z.preprocess(
      emptyToUndefined,
      z
        .url({ protocol: /^https$/, error: 'must be the https address of Microsoft Graph, e.g. https://graph.microsoft.com/v1.0' })
        .default('https://graph.microsoft.com/v1.0'),
    ),
    BOT_DOMAIN: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^[a-z0-9.-]+(:\d+)?$/i, 'must be a host name, e.g. kvalitetsrad.azurewebsites.net')
        .optional(),
    ),
    APP_ADMIN_IDS: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^\s*[0-9a-f-]{36}(\s*,\s*[0-9a-f-]{36})*\s*$/i, 'must be Entra object ids (GUIDs) separated by commas')
        .optional(),
    ),
    APPLICATIONINSIGHTS_CONNECTION_STRING: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/InstrumentationKey=[0-9a-f-]{36}/i, 'must be an Application Insights connection string (InstrumentationKey=…;IngestionEndpoint=…)')
        .optional(),
    ),
    REPORTING_WORKDAY: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(15).default(5)),
    LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
  })
  .superRefine((env, ctx) => {
    if (env.BOT_ID && env.BOT_TYPE === 'MultiTenant' && !env.BOT_PASSWORD) {
      ctx.addIssue({ code: 'custom', path: ['BOT_PASSWORD'], message: 'is required when BOT_ID is set and BOT_TYPE is MultiTenant' });
    }
    if (env.BOT_ID && env.BOT_TYPE !== 'MultiTenant' && !env.BOT_TENANT_ID) {
      ctx.addIssue({ code: 'custom', path: ['BOT_TENANT_ID'], message: `is required when BOT_TYPE is ${env.BOT_TYPE}` });
    }
    if (env.AAD_APP_CLIENT_SECRET && !env.AAD_APP_CLIENT_ID) {
      ctx.addIssue({ code: 'custom', path: ['AAD_APP_CLIENT_ID'], message: 'is required when AAD_APP_CLIENT_SECRET is set' });
    }
    if (env.AAD_APP_CLIENT_SECRET && !env.AAD_APP_OAUTH_AUTHORITY_HOST.startsWith('https://')) {
      ctx.addIssue({
        code: 'custom',
        path: ['AAD_APP_OAUTH_AUTHORITY_HOST'],
        message: 'must be https when AAD_APP_CLIENT_SECRET is set (Microsoft Graph on behalf of the user)',
      });
    }
    if (!env.BOT_ID && env.BOT_PASSWORD) {
      ctx.addIssue({ code: 'custom', path: ['BOT_ID'], message: 'is required when BOT_PASSWORD is set' });
    }
  });

/** Every environment variable the server reads (the deployment's app settings are checked against it). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(EnvSchema.shape);

/** The bot's identity towards the Bot Framework; absent in local mode. */
export interface BotIdentity {
  appId: string;
  password?: string;
  type: (typeof BotTypes)[number];
  tenantId?: string;
}

/**
 * The tab's Entra ID app (Teams SSO): tokens from `authentication.getAuthToken()` are for it. Absent
 * until provisioned; then every tab API request needs such a token.
 */
export interface EntraApp {
  clientId: string;
  /** The app id URI Teams asks tokens for, `api://<domain>/<client id>` (v1 tokens carry it as audience). */
  appIdUri?: string;
  /** Only tokens of this tenant (single-tenant app); any tenant when absent. */
  tenantId?: string;
  /** The sign-in host: OpenID metadata and signing keys come from there. */
  authorityHost: string;
}

/**
 * Microsoft Graph on behalf of the signed-in tab user (team members, the team's group calendar): on
 * when the tab's Entra app has a client secret. Without it the product keeps to the .ics files.
 */
export interface GraphAccess {
  /** `https://graph.microsoft.com/v1.0` unless another cloud's; its origin names the scopes asked for. */
  baseUrl: string;
  /** The Entra app's client secret, for the on-behalf-of exchange. Never logged. */
  clientSecret: string;
}

/** Typed, validated configuration of one server process. */
export interface Config {
  port: number;
  /** Loopback only in local mode; all interfaces when the bot has an identity. */
  host: string;
  dataDir: string;
  databaseUrl?: string;
  playground: boolean;
  /** Local mode: no bot identity, inbound Bot Framework authentication off, dev endpoints on. */
  localMode: boolean;
  bot?: BotIdentity;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /**
   * The language of cards: `auto` follows each user's Teams locale (Swedish unless it is English).
   * Defaults to `sv` in local mode, because the Agents Playground always claims `en-US`.
   */
  locale: 'auto' | 'sv' | 'en';
  /**
   * The address users' browsers reach this server at (calendar links on cards). Defaults to
   * http://localhost:<port> in local mode; set it in production (e.g. https://kvalitetsrad.azurewebsites.net).
   */
  publicUrl?: string;
  /** The tab's Entra ID app, when provisioned. */
  entra?: EntraApp;
  /** Microsoft Graph on behalf of the user; absent without a client secret (then the .ics fallback only). */
  graph?: GraphAccess;
  /** Application Insights, when its connection string is set: requests, dependencies and metrics through OpenTelemetry. */
  telemetry?: { connectionString: string };
  /** The monthly reporting day: the nth working day of each month (docs/domain.md#reporting-day; default the 5th). */
  reportingWorkday: number;
  /** The tenant's app admins (Entra object ids): they name the area heads on the tab's admin page. */
  appAdminIds: string[];
  /** Absolute path of the repository root (for the tab's files and the Playground's YAML). */
  rootDir: string;
}

/** Thrown for the first bad variable; its message is one line naming it. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    detail: string,
  ) {
    super(`Invalid configuration: ${variable} ${detail}`);
    this.name = 'ConfigError';
  }
}

/** Reads the environment into a `Config`; the only place in the server that reads `process.env`. */
export function loadConfig(env: Record<string, string | undefined> = process.env, rootDir = defaultRootDir()): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0] ?? { path: [], message: 'is invalid' };
    const variable = String(issue.path[0] ?? 'environment');
    const shown = env[variable] === undefined || SECRETS.has(variable) ? '' : ` (got "${env[variable]}")`;
    throw new ConfigError(variable, `${issue.message}${shown}`);
  }
  const e = parsed.data;
  const bot: BotIdentity | undefined = e.BOT_ID
    ? { appId: e.BOT_ID, password: e.BOT_PASSWORD, type: e.BOT_TYPE, tenantId: e.BOT_TENANT_ID }
    : undefined;
  return {
    port: e.PORT,
    host: bot ? '0.0.0.0' : '127.0.0.1',
    dataDir: path.resolve(rootDir, e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    playground: e.PLAYGROUND === '1' && !bot,
    localMode: !bot,
    bot,
    logLevel: e.LOG_LEVEL,
    locale: e.LOCALE ?? (bot ? 'auto' : 'sv'),
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, ''),
    entra: e.AAD_APP_CLIENT_ID
      ? {
          clientId: e.AAD_APP_CLIENT_ID,
          appIdUri: e.BOT_DOMAIN ? `api://${e.BOT_DOMAIN}/${e.AAD_APP_CLIENT_ID}` : undefined,
          tenantId: e.AAD_APP_TENANT_ID,
          authorityHost: e.AAD_APP_OAUTH_AUTHORITY_HOST.replace(/\/$/, ''),
        }
      : undefined,
    graph:
      e.AAD_APP_CLIENT_ID && e.AAD_APP_CLIENT_SECRET
        ? { baseUrl: e.GRAPH_BASE_URL.replace(/\/$/, ''), clientSecret: e.AAD_APP_CLIENT_SECRET }
        : undefined,
    telemetry: e.APPLICATIONINSIGHTS_CONNECTION_STRING ? { connectionString: e.APPLICATIONINSIGHTS_CONNECTION_STRING } : undefined,
    reportingWorkday: e.REPORTING_WORKDAY,
    appAdminIds: e.APP_ADMIN_IDS ? e.APP_ADMIN_IDS.split(',').map((id) => id.trim().toLowerCase()) : [],
    rootDir,
  };
}

function defaultRootDir(): string {
  // Compiled to dist/bot/src/config.js, sources in bot/src/config.ts: the root is three levels up either way.
  const up = __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../..' : '../..';
  return path.resolve(__dirname, up);
}

/** The environment for a child process we start (the Agents Playground): ours, plus `extra`. */
export function childProcessEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}
