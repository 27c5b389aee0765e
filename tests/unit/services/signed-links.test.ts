import { signedLinks } from '../../../bot/src/services/signed-links';

const BASE = 'https://kvalitetsrad.example.se';
const KEY = 'k9Qm3v-test-signing-key-0123456789abcdef';
const TENANT = '6f1a2b3c-0000-4000-8000-00000000a001';
const MEETING = '0b7e5c1a-1111-4222-8333-444455556666';
const EXPIRES = new Date('2027-05-13T11:00:00Z');
const NOW = new Date('2027-04-01T08:00:00Z');

/** `exp` and `sig` from a link's query, as the calendar endpoint would read them. */
function queryOf(url: string): { exp: string; sig: string } {
  const params = new URL(url).searchParams;
  return { exp: params.get('exp') ?? '', sig: params.get('sig') ?? '' };
}

describe('signed calendar links', () => {
  const links = signedLinks(BASE, KEY);
  const url = links.urlFor(TENANT, MEETING, EXPIRES);
  const { exp, sig } = queryOf(url);

  it('verifies a link it made', () => {
    expect(exp).not.toBe('');
    expect(sig).not.toBe('');
    expect(links.verify(TENANT, MEETING, exp, sig, NOW)).toBe(true);
  });

  it('verifies with a fresh instance holding the same key (after a restart)', () => {
    expect(signedLinks(`${BASE}/`, KEY).verify(TENANT, MEETING, exp, sig, NOW)).toBe(true);
  });

  it('points at the meeting’s .ics under the base URL, with no secret but the signature', () => {
    expect(url.startsWith(`${BASE}/`)).toBe(true);
    const parsed = new URL(url);
    expect(parsed.pathname).toBe(`/api/calendar/${TENANT}/${MEETING}.ics`);
    expect([...parsed.searchParams.keys()].sort()).toEqual(['exp', 'sig']);
    expect(url).not.toContain(KEY);
    expect(exp).toBe(String(EXPIRES.getTime() / 1000));
  });

  it('does not double the slash when the base URL ends with one', () => {
    const withSlash = signedLinks(`${BASE}/`, KEY).urlFor(TENANT, MEETING, EXPIRES);
    expect(withSlash).toBe(url);
    expect(new URL(withSlash).pathname.startsWith('/api/calendar/')).toBe(true);
  });

  it('refuses a changed signature', () => {
    const last = sig.at(-1) === 'A' ? 'B' : 'A';
    expect(links.verify(TENANT, MEETING, exp, `${sig.slice(0, -1)}${last}`, NOW)).toBe(false);
    expect(links.verify(TENANT, MEETING, exp, sig.slice(0, -1), NOW)).toBe(false);
    expect(links.verify(TENANT, MEETING, exp, '', NOW)).toBe(false);
  });

  it('refuses the signature for another meeting', () => {
    expect(links.verify(TENANT, '0b7e5c1a-1111-4222-8333-444455556667', exp, sig, NOW)).toBe(false);
  });

  it('refuses the signature in another tenant', () => {
    expect(links.verify('11111111-2222-4333-8444-555555555555', MEETING, exp, sig, NOW)).toBe(false);
  });

  it('refuses a link signed with another key', () => {
    expect(signedLinks(BASE, 'another-key').verify(TENANT, MEETING, exp, sig, NOW)).toBe(false);
  });

  it('refuses a later expiry than the one signed', () => {
    expect(links.verify(TENANT, MEETING, String(Number(exp) + 86_400), sig, NOW)).toBe(false);
  });

  it('works up to the expiry instant and not after it', () => {
    expect(links.verify(TENANT, MEETING, exp, sig, EXPIRES)).toBe(true);
    expect(links.verify(TENANT, MEETING, exp, sig, new Date(EXPIRES.getTime() + 1000))).toBe(false);
    expect(links.verify(TENANT, MEETING, exp, sig, new Date('2028-01-01T00:00:00Z'))).toBe(false);
  });

  it.each(['', 'abc', '1.5e9', '-1', `${exp} `, '1'.repeat(13)])('refuses the expiry %j', (badExp) => {
    expect(links.verify(TENANT, MEETING, badExp, sig, NOW)).toBe(false);
  });
});
