import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import type { CalendarStatusResponse, CalendarSyncResponse, TeamMembersResponse } from '../../../bot/src/contract/calendar';
import { listCalendarEvents } from '../../../bot/src/store/calendar-event-repository';
import { listMeetings } from '../../../bot/src/store/schedule-repository';
import { drivers, type Driver } from '../../helpers/databases';
import { TENANT } from '../../helpers/factories';
import { GraphStandIn } from '../../helpers/graph-stand-in';
import { TAB_CLIENT_ID, TabWorld } from '../../helpers/tab-world';
import { cardOf, councilFormData, people, submissionOf, textOf } from '../../helpers/teams-world';
import { matches } from '../../helpers/matchers';

const SECRET = 'stand-in-client-secret';
const GROUP_ID = '00000000-0000-4000-8000-0000000000c1'; // the team's aadGroupId in TeamsWorld's activities
const staff = { aadObjectId: randomUUID(), name: 'Gustav Berg' };
const UNAUTHORIZED = { code: 'Unauthorized', message: 'Logga in med Teams och försök igen.' };

describe.each(drivers)(
  'Microsoft Graph on behalf of the tab user on %s (msal-node against Entra ID and Graph stand-ins over HTTPS)',
  (driver: Driver) => {
    const tab = new TabWorld({ https: true });
    const graph = new GraphStandIn(tab.entra);
    let councilId: string;
    /** A fresh Teams SSO token (unique, so MSAL's cache keyed by the assertion starts empty for it). */
    const token = (person: { aadObjectId: string; name: string }, changes: Record<string, unknown> = {}) =>
      tab.token(person, { uti: randomUUID(), ...changes });
    const call = async (method: string, path: string, bearer: string | undefined, body?: unknown) => {
      const { status, body: json } = await tab.call(method, path, bearer, body);
      return { status, body: json };
    };
    const sync = async (bearer: string, year = 2027) => call('POST', `/api/councils/${councilId}/calendar`, bearer, { year });
    const eventCalls = () => graph.requests.filter((r) => r.path.includes('/events'));
    const stored = async () => [...(await listCalendarEvents(tab.world.app.db, TENANT, councilId, 2027)).values()];
    const meetings = async () => listMeetings(tab.world.app.db, TENANT, councilId, 2027);

    beforeAll(async () => {
      await graph.start();
      await tab.start(driver, { AAD_APP_CLIENT_SECRET: SECRET, GRAPH_BASE_URL: graph.baseUrl, AAD_APP_TENANT_ID: TENANT });
      tab.entra.client = { clientId: TAB_CLIENT_ID, clientSecret: SECRET };
      graph.members.set(
        GROUP_ID,
        [people.elin, people.anna, people.david, people.bengt, people.cecilia].map((p) => ({
          userId: p.aadObjectId,
          displayName: p.name,
          email: `${p.name.split(' ')[0]!.toLowerCase()}@solgarden.example.se`,
        })),
      );
      const world = tab.world;
      await world.setClock('2026-11-22T09:00:00Z');
      councilId = await tab.startCouncil({ ...councilFormData, unitName: 'Solgården' });
      await world.send(world.channelMessage('planera'));
      const form = cardOf(world.connector.posts.at(-1)!.body);
      await world.send(
        world.invoke('schedule.save', submissionOf(form, 'schedule.save', { m0_place: 'Personalrummet' }), people.anna, 'schedule-card'),
      );
    });
    afterAll(async () => {
      await tab.stop();
      await graph.stop();
    });

    it.each([
      ['GET', 'team-members'],
      ['GET', 'calendar'],
      ['POST', 'calendar'],
    ])('answers 401 to %s %s without a token and with an expired one, without detail and without asking Entra ID', async (method, route) => {
      const path = `/api/councils/${councilId}/${route}`;
      expect(await call(method, path, undefined, method === 'POST' ? {} : undefined)).toEqual({ status: 401, body: UNAUTHORIZED });
      const expired = await tab.entra.sign(
        { aud: TAB_CLIENT_ID, iss: `${tab.entra.url}/${TENANT}/v2.0`, tid: TENANT, oid: people.anna.aadObjectId, scp: 'access_as_user', ver: '2.0' },
        { expiresInS: -600 },
      );
      expect(await call(method, path, expired, method === 'POST' ? {} : undefined)).toEqual({ status: 401, body: UNAUTHORIZED });
      expect(tab.entra.oboRequests).toHaveLength(0);
    });

    it('refuses a staff member outside the council the team and the calendar, and a council member the sync (403)', async () => {
      const outsider = await token(staff);
      for (const [method, route] of [
        ['GET', 'team-members'],
        ['GET', 'calendar'],
        ['POST', 'calendar'],
      ] as const) {
        const answer = await call(method, `/api/councils/${councilId}/${route}`, outsider, method === 'POST' ? {} : undefined);
        expect(answer).toEqual({ status: 403, body: { code: 'Forbidden', message: matches.stringContaining('Bara') } });
      }
      expect(await sync(await token(people.bengt))).toEqual({
        status: 403,
        body: { code: 'Forbidden', message: 'Bara rådets enhetschefer kan planera och ändra tidsplanen.' },
      });
      expect(tab.entra.oboRequests).toHaveLength(0);
      expect(graph.requests).toHaveLength(0);
    });

    it.each([['team-members'], ['calendar']])(
      'answers GET %s of a council that does not exist 404 "Kvalitetsrådet finns inte", without asking Entra ID or Graph',
      async (route) => {
        const [obo, asked] = [tab.entra.oboRequests.length, graph.requests.length];
        const answer = await call('GET', `/api/councils/${randomUUID()}/${route}`, await token(people.anna));
        expect(answer).toEqual({ status: 404, body: { code: 'NotFound', message: 'Kvalitetsrådet finns inte. Ladda om fliken.' } });
        expect([tab.entra.oboRequests.length, graph.requests.length]).toEqual([obo, asked]);
      },
    );

    it('says when consent is missing (AADSTS65001): 403 ConsentRequired, the .ics files still serve, nothing stored', async () => {
      tab.entra.consented = false;
      try {
        const answer = await sync(await token(people.anna));
        expect(answer.status).toBe(403);
        expect(answer.body).toEqual({ code: 'ConsentRequired', message: matches.stringContaining('kalenderfiler (.ics)') });
        expect((answer.body as { message: string }).message).toContain('Ge Kvalitetsråd tillgång till kalendern');
        expect(tab.entra.oboRequests.at(-1)!.scopes).toEqual([`${graph.origin}/Group.ReadWrite.All`]);
        expect(graph.requests).toHaveLength(0);
        expect(await stored()).toEqual([]);
      } finally {
        tab.entra.consented = true;
      }
    });

    it("answers 401 without detail when Entra ID refuses to exchange the user's token (revoked)", async () => {
      tab.entra.revokedUsers.add(people.anna.aadObjectId);
      try {
        expect(await sync(await token(people.anna))).toEqual({ status: 401, body: UNAUTHORIZED });
        expect(graph.requests).toHaveLength(0);
      } finally {
        tab.entra.revokedUsers.clear();
      }
    });

    it("lists the team's members from Graph, every page, sorted by name, with the member's own token as the assertion", async () => {
      const bengt = await token(people.bengt);
      const answer = await call('GET', `/api/councils/${councilId}/team-members`, bengt);
      expect(answer.status).toBe(200);
      expect((answer.body as TeamMembersResponse).members).toEqual([
        { aadObjectId: people.anna.aadObjectId, name: 'Anna Lindqvist', email: 'anna@solgarden.example.se' },
        { aadObjectId: people.bengt.aadObjectId, name: 'Bengt Karlsson', email: 'bengt@solgarden.example.se' },
        { aadObjectId: people.cecilia.aadObjectId, name: 'Cecilia Ek', email: 'cecilia@solgarden.example.se' },
        { aadObjectId: people.david.aadObjectId, name: 'David Nilsson', email: 'david@solgarden.example.se' },
        { aadObjectId: people.elin.aadObjectId, name: 'Elin Svensson', email: 'elin@solgarden.example.se' },
      ]);
      expect(graph.requests.map((r) => r.path)).toEqual([
        `/v1.0/teams/${GROUP_ID}/members?$top=999`,
        `/v1.0/teams/${GROUP_ID}/members?$skiptoken=2`,
        `/v1.0/teams/${GROUP_ID}/members?$skiptoken=4`,
      ]);
      const obo = tab.entra.oboRequests.at(-1)!;
      expect(obo).toEqual({ tenant: TENANT, clientId: TAB_CLIENT_ID, assertion: bengt, scopes: [`${graph.origin}/TeamMember.Read.All`] });
      expect(graph.requests.every((r) => r.scopes.includes('TeamMember.Read.All'))).toBe(true);
    });

    it('answers 503 with the .ics fallback when Graph keeps failing, and stores nothing', async () => {
      graph.fail({ status: 503, times: 3 });
      const answer = await sync(await token(people.anna));
      expect(answer).toEqual({ status: 503, body: { code: 'ServiceUnavailable', message: matches.stringContaining('kalenderfiler (.ics)') } });
      expect(eventCalls().filter((r) => r.method === 'POST')).toHaveLength(3); // one create, tried three times
      expect(graph.eventsOf(GROUP_ID)).toEqual([]);
      expect(await stored()).toEqual([]);
    });

    it('keeps what Graph made when it fails halfway, and the next sync finishes without a duplicate', async () => {
      const anna = await token(people.anna);
      graph.fail({ status: 503, times: 3, after: 3 });
      expect((await sync(anna)).status).toBe(503);
      expect(graph.eventsOf(GROUP_ID)).toHaveLength(3);
      expect((await stored()).map((r) => r.eventId).sort()).toEqual(
        graph
          .eventsOf(GROUP_ID)
          .map((e) => e.id)
          .sort(),
      );
      const status = (await call('GET', `/api/councils/${councilId}/calendar?year=2027`, anna)).body as CalendarStatusResponse;
      expect(status).toMatchObject({ year: 2027, graph: true, synced: 3, outOfStep: 8 });

      const answer = await sync(anna);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ year: 2027, created: 8, updated: 0, cancelled: 0, unchanged: 3 });
      expect(graph.eventsOf(GROUP_ID)).toHaveLength(11);
    });

    it('has put every meeting in the group calendar as a Teams meeting in Swedish time, and a second sync changes nothing', async () => {
      const events = graph.eventsOf(GROUP_ID);
      const byStart = new Map(events.map((e) => [DateTime.fromISO(e.start.dateTime, { zone: 'Europe/Stockholm' }).toMillis(), e]));
      for (const meeting of await meetings()) {
        const event = byStart.get(meeting.startsAt.getTime())!;
        expect(event).toBeDefined();
        expect(event).toMatchObject({
          subject: 'Kvalitetsråd – Solgården',
          isOnlineMeeting: true,
          onlineMeetingProvider: 'teamsForBusiness',
          onlineMeeting: { joinUrl: matches.stringMatching(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//) },
        });
        expect(event.start.timeZone).toBe('W. Europe Standard Time');
        expect(DateTime.fromISO(event.end.dateTime, { zone: 'Europe/Stockholm' }).toMillis()).toBe(meeting.endsAt.getTime());
      }
      // 13:00 local on both sides of the DST switch.
      expect(events.map((e) => e.start.dateTime)).toEqual(expect.arrayContaining(['2027-03-16T13:00:00', '2027-04-13T13:00:00']));
      expect(events.find((e) => e.start.dateTime.startsWith('2027-01-12'))!.location).toEqual({ displayName: 'Personalrummet' });
      expect(events[0]!.body.content).toContain('Kallelsen och dagordningen kommer i kanalen Kvalitetsråd');

      const before = eventCalls().length;
      const again = await sync(await token(people.anna));
      expect(again.body).toMatchObject({ created: 0, updated: 0, cancelled: 0, unchanged: 11 });
      expect((again.body as CalendarSyncResponse).events).toHaveLength(11);
      expect((again.body as CalendarSyncResponse).events.every((e) => e.joinUrl?.startsWith('https://teams.microsoft.com/'))).toBe(true);
      expect(eventCalls()).toHaveLength(before);
    });

    it('follows the schedule card: a moved meeting is updated, a removed one deleted, the card says the calendar needs it until then', async () => {
      const world = tab.world;
      const { body: open } = await world.send(world.invoke('schedule.open', { year: '2027' }));
      const { body: saved } = await world.send(
        world.invoke('schedule.save', submissionOf(cardOf(open), 'schedule.save', { m1_date: '2027-02-23', m2_removed: 'true' })),
      );
      expect(textOf(cardOf(saved))).toContain('1 flyttade, 1 inställda');
      expect(textOf(cardOf(saved))).toContain('Teamets kalender visar inte längre 2 av träffarna');
      const anna = await token(people.anna);
      expect(((await call('GET', `/api/councils/${councilId}/calendar?year=2027`, anna)).body as CalendarStatusResponse).outOfStep).toBe(2);

      const all = await meetings();
      const moved = all.find((m) => m.startsAt.toISOString().startsWith('2027-02-23'))!;
      const cancelled = all.find((m) => m.status === 'cancelled')!;
      const records = new Map((await stored()).map((r) => [r.meetingId, r]));
      const before = eventCalls().length;
      const answer = await sync(anna);
      expect(answer.body).toMatchObject({ created: 0, updated: 1, cancelled: 1, unchanged: 9 });
      const calls = eventCalls().slice(before);
      expect(calls.map((c) => [c.method, c.path])).toEqual([
        ['PATCH', `/v1.0/groups/${GROUP_ID}/events/${records.get(moved.id)!.eventId}`],
        ['DELETE', `/v1.0/groups/${GROUP_ID}/events/${records.get(cancelled.id)!.eventId}`],
      ]);
      const event = graph.eventsOf(GROUP_ID).find((e) => e.id === records.get(moved.id)!.eventId)!;
      expect(event.start).toEqual({ dateTime: '2027-02-23T13:00:00', timeZone: 'W. Europe Standard Time' });
      expect(event.onlineMeeting?.joinUrl).toBe(records.get(moved.id)!.joinUrl);
      expect(graph.eventsOf(GROUP_ID)).toHaveLength(10);

      const status = (await call('GET', `/api/councils/${councilId}/calendar?year=2027`, anna)).body as CalendarStatusResponse;
      expect(status).toMatchObject({ synced: 10, outOfStep: 0 });
      const { body: shown } = await world.send(world.invoke('schedule.show', { year: '2027' }));
      expect(textOf(cardOf(shown))).not.toContain('Teamets kalender');
      const third = await sync(anna);
      expect(third.body).toMatchObject({ created: 0, updated: 0, cancelled: 0, unchanged: 10 });
      expect(eventCalls()).toHaveLength(before + 2);
    });

    it('serves the Teams consent flow: the popup goes to Entra ID with prompt=consent and reports back through teams-js', async () => {
      const start = await fetch(`${tab.world.baseUrl}/auth/consent-start?tenantId=${TENANT}&loginHint=anna%40solgarden.example.se`, {
        redirect: 'manual',
      });
      expect(start.status).toBe(302);
      const to = new URL(start.headers.get('location')!);
      expect(`${to.origin}${to.pathname}`).toBe(`${tab.entra.url}/${TENANT}/oauth2/v2.0/authorize`);
      expect(Object.fromEntries(to.searchParams)).toMatchObject({
        client_id: TAB_CLIENT_ID,
        response_type: 'code',
        prompt: 'consent',
        login_hint: 'anna@solgarden.example.se',
        scope: `${graph.origin}/TeamMember.Read.All ${graph.origin}/Group.ReadWrite.All`,
        redirect_uri: matches.stringMatching(/\/auth\/consent-end$/),
      });
      const refused = await (await fetch(`${tab.world.baseUrl}/auth/consent-end?error=access_denied&error_description=AADSTS65004`)).text();
      expect(refused).toContain('notifyFailure("access_denied")');
      expect(refused).not.toContain('AADSTS65004');
      expect(await (await fetch(`${tab.world.baseUrl}/auth/consent-end?code=x`)).text()).toContain('notifySuccess()');
      const script = await fetch(`${tab.world.baseUrl}/auth/teams-js.js`);
      expect(script.headers.get('content-type')).toContain('javascript');
      expect((await script.text()).length).toBeGreaterThan(10_000);
    });

    it('answers 403 with the fallback when Graph refuses the user the team calendar', async () => {
      graph.fail({ status: 403, times: 1 });
      const { body: open } = await tab.world.send(tab.world.invoke('schedule.open', { year: '2027' }));
      await tab.world.send(tab.world.invoke('schedule.save', submissionOf(cardOf(open), 'schedule.save', { m3_place: 'Biblioteket' })));
      const answer = await sync(await token(people.anna));
      expect(answer).toEqual({ status: 403, body: { code: 'Forbidden', message: matches.stringContaining('lät dig inte ändra teamets kalender') } });
      expect(
        ((await call('GET', `/api/councils/${councilId}/calendar?year=2027`, await token(people.anna))).body as CalendarStatusResponse).outOfStep,
      ).toBe(1);
    });
  },
);

describe('without a client secret the calendar is off and the tab is told the .ics files serve', () => {
  const tab = new TabWorld();
  let councilId: string;
  beforeAll(async () => {
    await tab.start('pglite');
    councilId = await tab.startCouncil();
  });
  afterAll(() => tab.stop());

  it('says so on the status and on a sync (503 with the fallback message)', async () => {
    const anna = await tab.token(people.anna);
    expect((await tab.call('GET', `/api/councils/${councilId}/calendar?year=2027`, anna)).body).toEqual({
      year: 2027,
      graph: false,
      synced: 0,
      outOfStep: 0,
      events: [],
    });
    const answer = await tab.call('POST', `/api/councils/${councilId}/calendar`, anna, {});
    expect(answer.status).toBe(503);
    expect(answer.body).toEqual({ code: 'ServiceUnavailable', message: matches.stringContaining('kalenderfiler (.ics)') });
  });
});
