import AdmZip from 'adm-zip';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { parseCommand } from '../../../bot/src/teams/commands';
import { localisationProblemsOf, manifestProblemsOf } from './manifest-schemas';

type Json = Record<string, unknown>;
type CommandList = { scopes: string[]; commands: { title: string; description?: string }[] };
type Manifest = Json & {
  id: string;
  manifestVersion: string;
  name: { short: string };
  bots: { botId: string; scopes: string[]; commandLists: CommandList[] }[];
  configurableTabs: { configurationUrl: string; scopes: string[]; context: string[] }[];
  staticTabs: { name: string; contentUrl: string; scopes: string[] }[];
  validDomains: string[];
  webApplicationInfo: { id: string; resource: string };
  localizationInfo: { defaultLanguageTag: string; additionalLanguages: { languageTag: string; file: string }[] };
};

const root = join(__dirname, '..', '..', '..');
const appDir = join(root, 'appPackage');
const script = join(root, 'scripts', 'package-app.mjs');
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
const source = readJson(join(appDir, 'manifest.json')) as Manifest;
const sourceEnUs = readJson(join(appDir, 'en-US.json')) as Json;

/** What provision writes to env/.env.<env>; production has no name suffix. */
const staging: Record<string, string> = {
  TEAMSFX_ENV: 'staging',
  APP_NAME_SUFFIX: '',
  TEAMS_APP_ID: '6f0c1a52-3b7e-4c1d-9a8e-2d4f6b8c0e13',
  AAD_APP_CLIENT_ID: '0b9d2e44-7c1a-4f3b-8e6d-5a2c9f1b7d30',
  BOT_ID: 'c4e8a1f2-9d3b-4a6c-b7e5-1f0d2c3b4a59',
  BOT_DOMAIN: 'kvalitetsrad-staging.azurewebsites.net',
  BOT_ENDPOINT: 'https://kvalitetsrad-staging.azurewebsites.net',
};

const work = mkdtempSync(join(tmpdir(), 'kvalitetsrad-package-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Writes `.env.<env>` in a temporary folder and runs the package script on it, zip written there too. */
function packageWith(env: string, values: Record<string, string>) {
  const envFile = join(work, `.env.${env}`);
  writeFileSync(
    envFile,
    `# test\n${Object.entries(values)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n')}\n`,
  );
  const run = spawnSync(process.execPath, [script, envFile, '--out', work], { cwd: root, encoding: 'utf8' });
  return { ...run, zipFile: join(work, `appPackage.${env}.zip`) };
}

/** `bots[0].commandLists[1].commands[0].title` → that value in the manifest. */
function valueAt(document: unknown, path: string): unknown {
  return path
    .split(/\.|\[(\d+)\]/)
    .filter(Boolean)
    .reduce<unknown>((at, key) => (at as Json | undefined)?.[key], document);
}

const built = packageWith('staging', staging);
const zip = existsSync(built.zipFile) ? new AdmZip(built.zipFile) : undefined;
const zipped = (name: string): string => {
  const entry = zip?.getEntry(name);
  if (!entry) throw new Error(`${name} is not in the package (script said: ${built.stderr})`);
  return entry.getData().toString('utf8');
};

describe('Teams app package', () => {
  it('is built from an env file: manifest, both icons and the en-US strings at the zip root, every placeholder filled', () => {
    expect(built.stderr).toBe('');
    expect(built.status).toBe(0);
    expect(
      zip!
        .getEntries()
        .map((e) => e.entryName)
        .sort(),
    ).toEqual(['color.png', 'en-US.json', 'manifest.json', 'outline.png']);
    for (const text of [zipped('manifest.json'), zipped('en-US.json')]) expect(text).not.toContain('${{');
    const manifest = JSON.parse(zipped('manifest.json')) as Manifest;
    expect(manifest.id).toBe(staging.TEAMS_APP_ID);
    expect(manifest.name.short).toBe('Kvalitetsråd');
    expect(manifest.bots[0]!.botId).toBe(staging.BOT_ID);
    expect(
      zip!
        .getEntry('color.png')!
        .getData()
        .equals(readFileSync(join(appDir, 'color.png'))),
    ).toBe(true);
  });

  it('refuses an env file that lacks a variable, naming it in one line, and writes no zip', () => {
    const withoutBotId = { ...staging };
    delete withoutBotId.BOT_ID;
    const run = packageWith('incomplete', { ...withoutBotId, BOT_DOMAIN: '' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/BOT_ID/);
    expect(run.stderr).toMatch(/BOT_DOMAIN/);
    expect(existsSync(run.zipFile)).toBe(false);
  });

  it('uses only placeholders that the Agents Toolkit writes to env/.env.dev', () => {
    const declared = new Set([...readFileSync(join(root, 'env', '.env.dev'), 'utf8').matchAll(/^([A-Z_][A-Z0-9_]*)=/gm)].map((m) => m[1]));
    const used = [...readFileSync(join(appDir, 'manifest.json'), 'utf8').matchAll(/\$\{\{(\w+)\}\}/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((name) => !declared.has(name))).toEqual([]);
  });
});

describe('Teams app manifest', () => {
  const manifest = (): Manifest => JSON.parse(zipped('manifest.json')) as Manifest;
  const enUs = (): Json => JSON.parse(zipped('en-US.json')) as Json;

  it('is on schema 1.22 or newer and validates against the schema bundled in @microsoft/app-manifest', async () => {
    expect(Number(source.manifestVersion.split('.')[1])).toBeGreaterThanOrEqual(22);
    expect(source.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${source.manifestVersion}/MicrosoftTeams.schema.json`);
    expect(await manifestProblemsOf(manifest())).toEqual([]);
  });

  it('has its en-US strings on the localisation schema of the same version, valid', () => {
    expect(sourceEnUs.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${source.manifestVersion}/MicrosoftTeams.Localization.schema.json`,
    );
    expect(localisationProblemsOf(enUs())).toEqual([]);
  });

  it('is refused by the same check when broken: no id, a bot scope that does not exist, an unknown string key', async () => {
    const withoutId: Partial<Manifest> = manifest();
    delete withoutId.id;
    expect(await manifestProblemsOf(withoutId)).toEqual([expect.stringContaining("must have required property 'id'")]);
    const badScope = manifest();
    badScope.bots[0]!.scopes = ['team', 'channel'];
    expect(await manifestProblemsOf(badScope)).toEqual([expect.stringMatching(/^\/bots\/0\/scopes\/1 must be equal to one of the allowed values/)]);
    expect(localisationProblemsOf({ ...enUs(), 'staticTabs[0].title': 'Overview' }).join('\n')).toMatch(/additional properties/);
  });

  it('is Swedish first, with English strings for names, descriptions, tabs and every bot command', () => {
    expect(source.localizationInfo.defaultLanguageTag).toBe('sv-SE');
    expect(source.localizationInfo.additionalLanguages).toEqual([{ languageTag: 'en-US', file: 'en-US.json' }]);
    const keys = Object.keys(sourceEnUs).filter((k) => k !== '$schema');
    expect(keys).toEqual(expect.arrayContaining(['name.short', 'name.full', 'description.short', 'description.full', 'staticTabs[0].name']));
    const translatable = source.bots[0]!.commandLists.flatMap((list, l) =>
      list.commands.flatMap((_, c) => ['title', 'description'].map((f) => `bots[0].commandLists[${l}].commands[${c}].${f}`)),
    );
    expect(keys).toEqual(expect.arrayContaining(translatable));
    // Every key names something the manifest has, in a different wording.
    for (const key of keys.filter((k) => !/^(name|description)\./.test(k))) {
      expect([key, typeof valueAt(source, key)]).toEqual([key, 'string']);
      expect([key, sourceEnUs[key]]).not.toEqual([key, valueAt(source, key)]);
    }
  });

  it('offers bot commands that the bot understands, in Swedish and in English', () => {
    const lists = source.bots[0]!.commandLists;
    expect(source.bots[0]!.scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(lists.flatMap((l) => l.scopes).sort()).toEqual(['groupChat', 'personal', 'team']);
    const team = lists.find((l) => l.scopes.includes('team'))!;
    expect(team.commands.map((c) => c.title)).toEqual(['hjälp', 'råd', 'planera', 'förslag', 'anteckningar']);
    expect(team.commands.map((c) => parseCommand(c.title).name)).toEqual(['help', 'council', 'plan', 'propose', 'minutes']);
    const titles = [
      ...lists.flatMap((l) => l.commands.map((c) => c.title)),
      ...Object.entries(sourceEnUs)
        .filter(([k]) => k.endsWith('.title'))
        .map(([, v]) => String(v)),
    ];
    for (const title of titles) expect([title, parseCommand(title).name]).not.toEqual([title, 'unknown']);
  });

  it("has a channel tab, the area head's personal overview and SSO, all on the app's own domain", () => {
    const m = manifest();
    expect(m.configurableTabs).toEqual([
      expect.objectContaining({ configurationUrl: `${staging.BOT_ENDPOINT}/tab/config.html`, scopes: ['team'], context: ['channelTab'] }),
    ]);
    expect(m.staticTabs).toEqual([expect.objectContaining({ name: 'Områdesöversikt', scopes: ['personal'] })]);
    expect(m.staticTabs[0]!.contentUrl.startsWith(`${staging.BOT_ENDPOINT}/tab/`)).toBe(true);
    expect(m.validDomains).toEqual([staging.BOT_DOMAIN]);
    expect(m.webApplicationInfo).toEqual({ id: staging.AAD_APP_CLIENT_ID, resource: `api://${staging.BOT_DOMAIN}/${staging.AAD_APP_CLIENT_ID}` });
  });
});

describe('Teams app icons', () => {
  const png = (name: string) => PNG.sync.read(readFileSync(join(appDir, name)));

  it('has a 192×192 colour icon', () => {
    const { width, height } = png('color.png');
    expect([width, height]).toEqual([192, 192]);
  });

  it('has a 32×32 outline icon drawn in white only, on a transparent background', () => {
    const { width, height, data } = png('outline.png');
    expect([width, height]).toEqual([32, 32]);
    let notWhite = 0;
    let transparent = 0;
    let opaque = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3]! > 0 && (data[i] !== 255 || data[i + 1] !== 255 || data[i + 2] !== 255)) notWhite++;
      if (data[i + 3] === 0) transparent++;
      if (data[i + 3] === 255) opaque++;
    }
    expect(notWhite).toBe(0);
    expect(transparent).toBeGreaterThan(0);
    expect(opaque).toBeGreaterThan(0);
  });
});
