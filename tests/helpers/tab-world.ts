import { randomUUID } from 'node:crypto';
import { openPgDb } from '../../bot/src/store/pg-db';
import { POSTGRES_URL, type Driver } from './databases';
import { EntraStandIn, type Claims } from './entra-stand-in';
import { TENANT } from './factories';
import { CHANNEL_ID, TeamsWorld, councilFormData, people } from './teams-world';

/** The tab's Entra app in the tests. */
export const TAB_CLIENT_ID = '5c0d7a1e-2b3f-4c8d-9e6a-7b1c2d3e4f50';

/**
 * A running app on `driver` (PGlite in a temp dir, or an own schema on the test PostgreSQL) with the
 * Entra ID stand-in as its sign-in authority: the tab API as Teams users would call it.
 */
export class TabWorld {
  entra: EntraStandIn;
  world = new TeamsWorld();
  private dropSchema = async () => {};

  /** `https`: the Entra stand-in serves HTTPS (and its token endpoint), as MSAL's on-behalf-of flow needs. */
  constructor(options: { https?: boolean } = {}) {
    this.entra = new EntraStandIn(options);
  }

  async start(driver: Driver, env: Record<string, string> = {}): Promise<this> {
    await this.entra.start();
    const all: Record<string, string> = { AAD_APP_CLIENT_ID: TAB_CLIENT_ID, AAD_APP_OAUTH_AUTHORITY_HOST: this.entra.url, ...env };
    if (driver === 'postgres') {
      const schema = `t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
      const admin = await openPgDb({ connectionString: POSTGRES_URL, max: 1 });
      await admin.query(`create schema ${schema}`);
      all.DATABASE_URL = `${POSTGRES_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
      this.dropSchema = async () => {
        await admin.query(`drop schema ${schema} cascade`);
        await admin.close();
      };
    }
    await this.world.start(all);
    return this;
  }

  async stop(): Promise<void> {
    await this.world.stop();
    await this.entra.stop();
    await this.dropSchema();
  }

  /** A Teams SSO token (v2.0) for `person` of the world's tenant, with `changes` applied. */
  token(person: { aadObjectId: string; name: string }, changes: Claims = {}): Promise<string> {
    return this.entra.sign({
      aud: TAB_CLIENT_ID,
      iss: `${this.entra.url}/${TENANT}/v2.0`,
      tid: TENANT,
      oid: person.aadObjectId,
      name: person.name,
      scp: 'access_as_user',
      ver: '2.0',
      ...changes,
    });
  }

  /**
   * The team adds the app and Anna starts the council in the Kvalitetsråd channel through its card
   * (`form` as the set-up form submits it); answers the council's id as the tab finds it.
   */
  async startCouncil(form: Record<string, string> = councilFormData): Promise<string> {
    await this.world.send(this.world.installationUpdate('add'));
    await this.world.send(this.world.invoke('council.save', form, people.anna, 'welcome-card'));
    const found = await this.call('GET', `/api/councils/by-channel?channelId=${encodeURIComponent(CHANNEL_ID)}`, await this.token(people.anna));
    return (found.body as { council: { id: string } }).council.id;
  }

  /** A tab API call as the tab makes it (Swedish Teams locale); JSON in and out. */
  async call(
    method: string,
    path: string,
    bearer: string | undefined,
    body?: unknown,
  ): Promise<{ status: number; body: unknown; headers: Headers; bytes: Buffer }> {
    const response = await fetch(`${this.world.baseUrl}${path}`, {
      method,
      headers: {
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        'accept-language': 'sv-SE',
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const bytes = Buffer.from(await response.arrayBuffer());
    const json = (response.headers.get('content-type') ?? '').includes('json');
    return { status: response.status, body: json ? JSON.parse(bytes.toString('utf8')) : undefined, headers: response.headers, bytes };
  }
}
