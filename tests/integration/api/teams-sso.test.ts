import { randomUUID } from 'node:crypto';
import { EntraStandIn, type Claims } from '../../helpers/entra-stand-in';
import { TENANT } from '../../helpers/factories';
import { TeamsWorld, councilFormData, people } from '../../helpers/teams-world';
import { matches } from '../../helpers/matchers';

const CLIENT_ID = '5c0d7a1e-2b3f-4c8d-9e6a-7b1c2d3e4f50';
const DOMAIN = 'kvalitetsrad.example.se';

describe('the tab API signs users in with their Teams SSO token (Entra ID stand-in on loopback)', () => {
  let entra: EntraStandIn;
  let world: TeamsWorld;
  beforeAll(async () => {
    entra = await new EntraStandIn().start();
    world = await new TeamsWorld().start({
      AAD_APP_CLIENT_ID: CLIENT_ID,
      AAD_APP_TENANT_ID: TENANT,
      AAD_APP_OAUTH_AUTHORITY_HOST: entra.url,
      BOT_DOMAIN: DOMAIN,
    });
    await world.send(world.installationUpdate('add'));
    await world.send(world.invoke('council.save', councilFormData, people.anna, 'welcome-card'));
  });
  afterAll(async () => {
    await world.stop();
    await entra.stop();
  });

  /** The claims of a v2.0 token Teams would get for Bengt, with `changes` applied. */
  const v2 = (changes: Claims = {}): Claims => ({
    aud: CLIENT_ID,
    iss: `${entra.url}/${TENANT}/v2.0`,
    tid: TENANT,
    oid: people.bengt.aadObjectId,
    name: people.bengt.name,
    scp: 'access_as_user',
    ver: '2.0',
    ...changes,
  });
  const me = (authorization?: string) => fetch(`${world.baseUrl}/api/me`, { headers: authorization ? { authorization } : {} });

  it.each([
    ['no token', () => Promise.resolve(undefined)],
    ['a token that is no JWT', () => Promise.resolve('Bearer nonsense')],
    ['an expired token', async () => `Bearer ${await entra.sign(v2(), { expiresInS: -600 })}`],
    ['a token for another app', async () => `Bearer ${await entra.sign(v2({ aud: randomUUID() }))}`],
    ['a token from another issuer', async () => `Bearer ${await entra.sign(v2({ iss: 'https://login.example.com/x/v2.0' }))}`],
    ['a token of another tenant', async () => `Bearer ${await entra.sign(v2({ tid: randomUUID(), iss: `${entra.url}/${randomUUID()}/v2.0` }))}`],
    ['a token without access_as_user', async () => `Bearer ${await entra.sign(v2({ scp: 'User.Read' }))}`],
    ['a token signed with a key Entra never published', async () => `Bearer ${await entra.sign(v2(), { key: await entra.strangerKey() })}`],
    [
      'an unsigned token (alg: none)',
      () => {
        const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
        return Promise.resolve(`Bearer ${part({ alg: 'none', typ: 'JWT' })}.${part({ ...v2(), exp: Math.floor(Date.now() / 1000) + 600 })}.`);
      },
    ],
  ])('answers 401 to %s, with a Swedish message and nothing about why', async (_name, header) => {
    const response = await me(await header());
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect(await response.json()).toEqual({ code: 'Unauthorized', message: 'Logga in med Teams och försök igen.' });
  });

  it('lets in a v2.0 token and says who the user is and where they sit, within their tenant', async () => {
    const response = await me(`Bearer ${await entra.sign(v2())}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      name: 'Bengt Karlsson',
      tenantId: TENANT,
      councils: [{ id: matches.any(String), unitName: 'Solgårdens vård- och omsorgsboende', area: 'sarskilt-boende', role: 'member' }],
    });
  });

  it('lets in a v1.0 token issued for the app id URI, and fetches the signing keys once', async () => {
    const v1 = v2({
      aud: `api://${DOMAIN}/${CLIENT_ID}`,
      iss: `https://sts.windows.net/${TENANT}/`,
      ver: '1.0',
      oid: people.anna.aadObjectId,
      name: people.anna.name,
    });
    const response = await me(`Bearer ${await entra.sign(v1)}`);
    expect(response.status).toBe(200);
    expect((await response.json()) as { councils: { role: string }[] }).toMatchObject({ name: 'Anna Lindqvist', councils: [{ role: 'manager' }] });
    expect(entra.requests.metadata).toBe(1);
  });

  it("answers 503 (try again), not 401, while Entra ID's keys cannot be fetched", async () => {
    const offline = await new TeamsWorld().start({ AAD_APP_CLIENT_ID: CLIENT_ID, AAD_APP_OAUTH_AUTHORITY_HOST: 'http://127.0.0.1:9' });
    try {
      const response = await fetch(`${offline.baseUrl}/api/me`, { headers: { authorization: `Bearer ${await entra.sign(v2())}` } });
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ code: 'ServiceUnavailable', message: matches.stringContaining('Försök igen') });
    } finally {
      await offline.stop();
    }
  });

  it('shows a signed-in user of no council no councils', async () => {
    const response = await me(`Bearer ${await entra.sign(v2({ oid: randomUUID(), name: 'Gustav Berg' }))}`);
    expect(await response.json()).toMatchObject({ name: 'Gustav Berg', councils: [] });
  });
});
