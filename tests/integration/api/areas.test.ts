import { randomUUID } from 'node:crypto';
import mammoth from 'mammoth';
import { AreaHeadsResponseSchema, AreaOverviewResponseSchema, GoodExamplesResponseSchema } from '../../../bot/src/contract/area';
import { contract } from '../../helpers/contract';
import { insertCouncil } from '../../../bot/src/store/council-repository';
import { insertMeeting } from '../../../bot/src/store/schedule-repository';
import { ensurePlanningSubAssignment, insertSubAssignment } from '../../../bot/src/store/sub-assignment-repository';
import { drivers, type Driver } from '../../helpers/databases';
import { buildCouncil, TENANT } from '../../helpers/factories';
import { TabWorld } from '../../helpers/tab-world';
import { people } from '../../helpers/teams-world';
import { matches } from '../../helpers/matchers';

const admin = { aadObjectId: 'aaaaaaaa-0000-4000-8000-0000000000ad', name: 'Ida Admin' };
const helena = { aadObjectId: randomUUID(), name: 'Helena Områdeschef' };
const hugo = { aadObjectId: randomUUID(), name: 'Hugo Hemvårdschef' };

describe.each(drivers)("the area head's overview on %s: every unit of the area, good examples, the admin page", (driver: Driver) => {
  const tab = new TabWorld();
  let councilId: string;
  let completedId: string;
  let ongoingId: string;

  beforeAll(async () => {
    await tab.start(driver, { APP_ADMIN_IDS: admin.aadObjectId.toUpperCase() });
    const { world } = tab;
    await world.setClock('2027-03-10T09:00:00+01:00');
    councilId = await tab.startCouncil();
    const db = world.app.db;
    // The year's schedule, saved in January: eight meetings, two held by 10 March.
    await ensurePlanningSubAssignment(db, {
      id: randomUUID(),
      tenantId: TENANT,
      councilId,
      year: 2027,
      name: 'Planering och protokoll kvalitetsråd',
      at: new Date('2027-01-15T09:00:00Z'),
    });
    for (let month = 1; month <= 8; month++) {
      const startsAt = new Date(Date.UTC(2027, month < 7 ? month - 1 : month, 16, 12)); // the 16th, January to September but July
      await insertMeeting(
        db,
        {
          id: randomUUID(),
          tenantId: TENANT,
          councilId,
          year: 2027,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 90 * 60_000),
          place: 'Samlingsrummet',
          online: true,
          status: 'scheduled',
          revision: 1,
        },
        new Date('2027-01-15T09:00:00Z'),
      );
    }
    completedId = randomUUID();
    ongoingId = randomUUID();
    for (const [id, name] of [
      [completedId, 'Lugnare måltider'],
      [ongoingId, 'Fler promenader'],
    ] as const) {
      await insertSubAssignment(db, {
        id,
        tenantId: TENANT,
        councilId,
        year: 2027,
        kind: 'improvement',
        name,
        purpose: 'Oro vid middagen',
        startsOn: '2027-01-10',
        status: 'ongoing',
        createdAt: new Date('2027-01-10T10:00:00Z'),
      });
    }
    const anna = await tab.token(people.anna);
    expect(
      (await tab.call('POST', `/api/sub-assignments/${completedId}/complete`, anna, { version: 1, finalReport: 'Middagarna är lugnare.' })).status,
    ).toBe(200);
    expect(
      (
        await tab.call('PUT', `/api/councils/${councilId}/assessments`, anna, {
          target: { kind: 'assignment', year: 2027 },
          month: '2027-02',
          status: 'on_track',
          comment: '',
        })
      ).status,
    ).toBe(200);
    await insertCouncil(db, buildCouncil({ unitName: 'Hemvården Norr', area: 'hemvard' }));
  });
  afterAll(() => tab.stop());

  it('refuses the overview to someone who heads no area, and the admin page to everyone but the app admins', async () => {
    expect(await tab.call('GET', '/api/areas/overview?year=2027', await tab.token(helena))).toMatchObject({
      status: 403,
      body: { code: 'Forbidden', message: matches.stringContaining('områdeschef') },
    });
    expect((await tab.call('GET', '/api/admin/area-heads', await tab.token(people.anna))).status).toBe(403);
    expect((await tab.call('PUT', '/api/admin/area-heads/sarskilt-boende', await tab.token(people.anna), { heads: [helena] })).status).toBe(403);
    expect((await tab.call('GET', '/api/admin/area-heads', undefined)).status).toBe(401);
  });

  it('lets an app admin name area heads; bad input gets a message and changes nothing', async () => {
    const bearer = await tab.token(admin);
    expect(await tab.call('PUT', '/api/admin/area-heads/rymdstation', bearer, { heads: [helena] })).toMatchObject({
      status: 404,
      body: { message: 'Det verksamhetsområdet finns inte.' },
    });
    expect(
      await tab.call('PUT', '/api/admin/area-heads/hemvard', bearer, { heads: [{ aadObjectId: 'helena@example.org', name: 'Helena' }] }),
    ).toMatchObject({
      status: 400,
      body: { field: 'aadObjectId', message: matches.stringContaining('objekt-id i Entra ID') },
    });
    expect(
      await tab.call('PUT', '/api/admin/area-heads/sarskilt-boende', bearer, { heads: [{ aadObjectId: helena.aadObjectId, name: '' }] }),
    ).toMatchObject({
      status: 400,
      body: { field: 'name' },
    });
    expect(contract(AreaHeadsResponseSchema, (await tab.call('GET', '/api/admin/area-heads', bearer)).body).heads).toEqual([]);
    await tab.call('PUT', '/api/admin/area-heads/hemvard', bearer, { heads: [hugo] });
    const saved = await tab.call('PUT', '/api/admin/area-heads/sarskilt-boende', bearer, { heads: [helena, helena] });
    expect(saved.status).toBe(200);
    expect(contract(AreaHeadsResponseSchema, saved.body).heads).toEqual([
      { area: 'hemvard', ...hugo },
      { area: 'sarskilt-boende', ...helena },
    ]);
    const overview = contract(AreaOverviewResponseSchema, (await tab.call('GET', '/api/areas/overview?year=2027', bearer)).body);
    expect(overview).toMatchObject({ admin: true, areas: [], units: [] });
  });

  it("shows the area head every unit of their area in figures, and no other area's", async () => {
    const { status, body } = await tab.call('GET', '/api/areas/overview?year=2027', await tab.token(helena));
    expect(status).toBe(200);
    expect(contract(AreaOverviewResponseSchema, body)).toEqual({
      year: 2027,
      areas: ['sarskilt-boende'],
      admin: false,
      units: [
        {
          councilId,
          unitName: 'Solgårdens vård- och omsorgsboende',
          area: 'sarskilt-boende',
          scheduleInPlace: true,
          meetingsPlanned: 8,
          meetingsHeld: 2,
          // The council was set up on 10 March, after that month's reporting day (5 March): March is due,
          // and the final report of "Lugnare måltider" assessed it.
          monthsDue: 1,
          monthsAssessed: 1,
          worksOngoing: 1,
          worksCompleted: 1,
        },
      ],
    });
    const hemvard = contract(AreaOverviewResponseSchema, (await tab.call('GET', '/api/areas/overview?year=2027', await tab.token(hugo))).body);
    expect(hemvard.units.map((u) => u.unitName)).toEqual(['Hemvården Norr']);
  });

  it('lets the area head pick completed works as good examples and download them as one document for the SAS', async () => {
    const bearer = await tab.token(helena);
    const listed = contract(GoodExamplesResponseSchema, (await tab.call('GET', '/api/areas/good-examples?year=2027', bearer)).body);
    expect(listed.works).toEqual([
      expect.objectContaining({ subAssignmentId: completedId, name: 'Lugnare måltider', finalReport: 'Middagarna är lugnare.', chosen: false }),
    ]);

    expect((await tab.call('PUT', `/api/areas/good-examples/${ongoingId}`, bearer, { chosen: true })).body).toMatchObject({
      code: 'Conflict',
      message: matches.stringContaining('klarmarkerade'),
    });
    expect((await tab.call('PUT', `/api/areas/good-examples/${completedId}`, await tab.token(hugo), { chosen: true })).status).toBe(403);
    expect((await tab.call('PUT', `/api/areas/good-examples/${completedId}`, bearer, { chosen: 'ja' })).status).toBe(400);

    const chosen = await tab.call('PUT', `/api/areas/good-examples/${completedId}?year=2027`, bearer, { chosen: true });
    expect(contract(GoodExamplesResponseSchema, chosen.body).works[0]).toMatchObject({ chosen: true });

    const document = await tab.call('GET', '/api/areas/good-examples.docx?year=2027', bearer);
    expect(document.status).toBe(200);
    expect(document.headers.get('content-disposition')).toBe('attachment; filename="Goda-exempel-2027.docx"');
    const { value: text } = await mammoth.extractRawText({ buffer: document.bytes });
    expect(text).toContain('Goda exempel från kvalitetsråden 2027');
    expect(text).toContain('Solgårdens vård- och omsorgsboende: Lugnare måltider');
    expect(text).toContain('Middagarna är lugnare.');
    expect(text).not.toContain('Fler promenader');
  });
});
