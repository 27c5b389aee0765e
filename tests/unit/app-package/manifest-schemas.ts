import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

type AppManifestLibrary = typeof import('@microsoft/app-manifest');
type ValidateArgs = Parameters<AppManifestLibrary['AppManifestUtils']['validateAgainstSchema']>;

const entry = require.resolve('@microsoft/app-manifest');
const SCHEMA_URL = /^https:\/\/developer\.microsoft\.com\/json-schemas\/(teams\/v\d+\.\d+\/MicrosoftTeams(?:\.Localization)?\.schema\.json)$/;

/**
 * @microsoft/app-manifest, loaded through jest's module system. The library requires strip-bom 5,
 * which is ES modules only; jest's CommonJS runtime cannot require that before Node 24.9, so the
 * one function is stood in for (it only drops a leading byte-order mark, and only file reading
 * uses it, which these tests do not).
 */
function loadLibrary(): AppManifestLibrary {
  const stripBom = require.resolve('strip-bom', { paths: [dirname(entry)] });
  jest.doMock(stripBom, () => (text: string) => text.replace(/^\uFEFF/, ''));
  return jest.requireActual<AppManifestLibrary>('@microsoft/app-manifest');
}

const { AppManifestUtils } = loadLibrary();

/** The schema file bundled in @microsoft/app-manifest for a `$schema` URL; throws if it is not bundled. */
export function bundledSchemaFile(schemaUrl: unknown): string {
  const match = typeof schemaUrl === 'string' ? SCHEMA_URL.exec(schemaUrl) : null;
  if (!match?.[1]) throw new Error(`$schema ${String(schemaUrl)} is not a Teams manifest or localisation schema URL`);
  const file = join(dirname(entry), 'json-schemas', match[1]);
  if (!existsSync(file)) throw new Error(`@microsoft/app-manifest bundles no ${match[1]}`);
  return file;
}

/**
 * What @microsoft/app-manifest's validator finds wrong with a manifest, checked offline against the
 * bundled schema its `$schema` names; empty when it is valid.
 */
export async function manifestProblemsOf(manifest: Record<string, unknown>): Promise<string[]> {
  return AppManifestUtils.validateAgainstSchema(manifest as unknown as ValidateArgs[0], readSchema(manifest.$schema) as ValidateArgs[1]);
}

/**
 * The same check for a localisation file. Every bundled localisation schema since 1.20 has two
 * `activities.activityTypes` key patterns with an unescaped `]` (MicrosoftDocs/msteams-docs#8858),
 * which the library's validator cannot compile: it builds regular expressions with the `u` flag. So
 * this uses the validator the library itself uses (its ajv-draft-04 and ajv-formats, same options)
 * with plain regular expressions, as the schema's authors wrote them.
 */
export function localisationProblemsOf(strings: Record<string, unknown>): string[] {
  const fromLibrary = (name: string): unknown => jest.requireActual(require.resolve(name, { paths: [dirname(entry)] }));
  const { default: Ajv } = fromLibrary('ajv-draft-04') as { default: new (options: object) => AjvInstance };
  const { default: addFormats } = fromLibrary('ajv-formats') as { default: (ajv: AjvInstance, formats: string[]) => void };
  const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(readSchema(strings.$schema));
  if (validate(strings)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}. Details: ${JSON.stringify(e.params)}`);
}

type AjvInstance = {
  compile(schema: unknown): ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string; params: unknown }[] | null };
};

function readSchema(schemaUrl: unknown): unknown {
  return JSON.parse(readFileSync(bundledSchemaFile(schemaUrl), 'utf8'));
}
