import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { AssessmentSchema } from '../../../bot/src/contract/common';
import {
  CouncilByChannelResponseSchema,
  FollowUpResponseSchema,
  OverviewResponseSchema,
  SubAssignmentDetailSchema,
} from '../../../bot/src/contract/follow-up';
import { contract } from '../../helpers/contract';
import { findCouncilById, insertCouncil } from '../../../bot/src/store/council-repository';
import { insertSubAssignment } from '../../../bot/src/store/sub-assignment-repository';
import { drivers, type Driver } from '../../helpers/databases';
import { buildCouncil, TENANT } from '../../helpers/factories';
import { TAB_CLIENT_ID, TabWorld } from '../../helpers/tab-world';
import { people } from '../../helpers/teams-world';
import { matches } from '../../helpers/matchers';

const OTHER_TENANT = '7e2b3c4d-0000-4000-8000-00000000b002';
const staff = { aadObjectId: randomUUID(), name: 'Gustav Berg' };

describe.each(drivers)("the follow-up API on %s: Stratsys' cycle from the tab, signed in and authorized", (driver: Driver) => {
  const tab = new TabWorld();
  let councilId: string;
  let workId: string;
  let foreignWorkId: string;
  const token = (person: { aadObjectId: string; name: string }, changes?: Record<string, unknown>) => tab.token(person, changes);
  const call = async (method: string, path: string, bearer: string | undefined, body?: unknown) => {
    const { status, body: json } = await tab.call(method, path, bearer, body);
    return { status, body: json };
  };

  beforeAll(async () => {
    await tab.start(driver);
    const world = tab.world;
    await world.setClock('2027-03-10T09:00:00+01:00');
    councilId = await tab.startCouncil();
    const db = world.app.db;
    workId = randomUUID();
    await insertSubAssignment(db, {
      id: workId,
      tenantId: TENANT,
      councilId,
      year: 2027,
      kind: 'improvement',
      name: 'Lugnare måltider',
      purpose: 'Oro vid middagen',
      startsOn: '2027-01-10',
      status: 'ongoing',
      createdAt: new Date('2027-01-10T10:00:00Z'),
    });
    const foreign = buildCouncil({ tenantId: OTHER_TENANT });
    await insertCouncil(db, foreign);
    foreignWorkId = randomUUID();
    await insertSubAssignment(db, {
      id: foreignWorkId,
      tenantId: OTHER_TENANT,
      councilId: foreign.id,
      year: 2027,
      kind: 'improvement',
      name: 'Annan kommun',
      purpose: '',
      status: 'ongoing',
      createdAt: new Date('2027-01-10T10:00:00Z'),
    });
  });
  afterAll(() => tab.stop());

  const get = (path: string, bearer?: string) => call('GET', path, bearer);
  const detail = async (bearer: string) => contract(SubAssignmentDetailSchema, (await get(`/api/sub-assignments/${workId}`, bearer)).body);

  it.each([
    ['GET', 'follow-up', () => `/api/councils/${councilId}/follow-up?year=2027`],
    ['GET', 'overview', () => `/api/councils/${councilId}/overview`],
    ['GET', 'sub-assignment', () => `/api/sub-assignments/${workId}`],
    ['POST', 'activities', () => `/api/sub-assignments/${workId}/activities`],
    ['PUT', 'assessments', () => `/api/councils/${councilId}/assessments`],
    ['POST', 'complete', () => `/api/sub-assignments/${workId}/complete`],
  ])('answers 401 to %s %s without a token, and with an expired one', async (method, _route, path) => {
    expect(await call(method, path(), undefined, method === 'GET' ? undefined : {})).toEqual({
      status: 401,
      body: { code: 'Unauthorized', message: 'Logga in med Teams och försök igen.' },
    });
    const expired = await tab.entra.sign(
      { aud: TAB_CLIENT_ID, iss: `${tab.entra.url}/${TENANT}/v2.0`, tid: TENANT, oid: people.anna.aadObjectId, scp: 'access_as_user', ver: '2.0' },
      { expiresInS: -600 },
    );
    expect((await call(method, path(), expired, method === 'GET' ? undefined : {})).status).toBe(401);
  });

  it("lists the council's year as Stratsys does: the planning-free list, the work with its missing months, the manager's rights", async () => {
    const { status, body } = await get(`/api/councils/${councilId}/follow-up?year=2027`, await token(people.anna));
    expect(status).toBe(200);
    const list = contract(FollowUpResponseSchema, body);
    expect(list.can).toEqual({ manage: true, contribute: true });
    expect(list.assignment.name).toBe('Kvalitetsråd');
    expect(list.years).toContain(2027);
    expect(list.subAssignments).toEqual([
      expect.objectContaining({
        id: workId,
        name: 'Lugnare måltider',
        status: 'ongoing',
        activitiesDone: 0,
        activitiesTotal: 0,
        // 10 March 2027 is after March's 5th working day (Friday 5 March): January to March are due.
        missingMonths: ['2027-01', '2027-02', '2027-03'],
      }),
    ]);
    expect(list.people.map((p) => p.name)).toContain('Bengt Karlsson');
  });

  it("finds the council of the tab's channel, with the signed-in user's rights", async () => {
    const { channelId } = (await findCouncilById(tab.world.app.db, TENANT, councilId))!;
    const { status, body } = await get(`/api/councils/by-channel?channelId=${encodeURIComponent(channelId)}`, await token(people.anna));
    expect(status).toBe(200);
    expect(contract(CouncilByChannelResponseSchema, body)).toEqual({
      council: matches.objectContaining({ id: councilId }),
      can: { manage: true, contribute: true },
    });
  });

  it('lets staff of the unit read but not change: 403 with the reason in Swedish, nothing written', async () => {
    const bearer = await token(staff);
    const list = await get(`/api/councils/${councilId}/follow-up?year=2027`, bearer);
    expect(list.status).toBe(200);
    expect(contract(FollowUpResponseSchema, list.body).can).toEqual({ manage: false, contribute: false });
    expect(await call('PATCH', `/api/sub-assignments/${workId}`, bearer, { version: 1, goal: 'Mitt mål' })).toEqual({
      status: 403,
      body: { code: 'Forbidden', message: matches.stringContaining('Bara rådets enhetschefer') },
    });
    expect((await call('POST', `/api/sub-assignments/${workId}/activities`, bearer, { name: 'Smygaktivitet' })).status).toBe(403);
    expect((await detail(await token(people.anna))).activities).toEqual([]);
  });

  it("refuses a manager of one unit who edits another unit's work in the same organisation: 403, nothing written", async () => {
    const other = buildCouncil({ unitName: 'Hemvården Norr', area: 'hemvard' });
    await insertCouncil(tab.world.app.db, other);
    const otherWork = randomUUID();
    await insertSubAssignment(tab.world.app.db, {
      id: otherWork,
      tenantId: TENANT,
      councilId: other.id,
      year: 2027,
      kind: 'improvement',
      name: 'Nattens rutiner',
      purpose: '',
      status: 'ongoing',
      createdAt: new Date('2027-01-10T10:00:00Z'),
    });
    const anna = await token(people.anna);
    expect((await call('PATCH', `/api/sub-assignments/${otherWork}`, anna, { version: 1, goal: 'Annans mål' })).status).toBe(403);
    expect((await call('POST', `/api/sub-assignments/${otherWork}/activities`, anna, { name: 'Smyg' })).status).toBe(403);
    expect(
      (
        await call('PUT', `/api/councils/${other.id}/assessments`, anna, {
          target: { kind: 'subAssignment', id: otherWork },
          month: '2027-03',
          status: 'on_track',
          comment: '',
        })
      ).status,
    ).toBe(403);
    // Anna's own council cannot be used to reach it either.
    expect(
      (
        await call('PUT', `/api/councils/${councilId}/assessments`, anna, {
          target: { kind: 'subAssignment', id: otherWork },
          month: '2027-03',
          status: 'on_track',
          comment: '',
        })
      ).status,
    ).toBe(404);
    const seen = contract(SubAssignmentDetailSchema, (await get(`/api/sub-assignments/${otherWork}`, anna)).body);
    expect(seen.subAssignment.goal).toBe('');
    expect(seen.activities).toEqual([]);
    expect(seen.can).toEqual({ manage: false, contribute: false });
  });

  it("hides other tenants' councils and works: 404 both ways", async () => {
    expect((await get(`/api/sub-assignments/${foreignWorkId}`, await token(people.anna))).status).toBe(404);
    const stranger = await token(
      { aadObjectId: randomUUID(), name: 'Främling' },
      { tid: OTHER_TENANT, iss: `${tab.entra.url}/${OTHER_TENANT}/v2.0` },
    );
    expect((await get(`/api/councils/${councilId}/follow-up`, stranger)).status).toBe(404);
    expect((await call('POST', `/api/sub-assignments/${workId}/activities`, stranger, { name: 'Intrång' })).status).toBe(404);
    expect((await get('/api/sub-assignments/not-a-uuid', await token(people.anna))).status).toBe(404);
  });

  it('answers the overview of a council that does not exist 404 "Kvalitetsrådet finns inte", not a sub-assignment\'s message', async () => {
    const answer = await get(`/api/councils/${randomUUID()}/overview`, await token(people.anna));
    expect(answer).toEqual({ status: 404, body: { code: 'NotFound', message: 'Kvalitetsrådet finns inte. Ladda om fliken.' } });
  });

  it('refuses bad input with a Swedish message on the field and keeps nothing of it', async () => {
    const bearer = await token(people.anna);
    expect(await call('POST', `/api/sub-assignments/${workId}/activities`, bearer, { name: '  ' })).toEqual({
      status: 400,
      body: { code: 'BadRequest', field: 'name', message: 'Fyll i ”Namn”.' },
    });
    expect(await call('POST', `/api/sub-assignments/${workId}/activities`, bearer, { name: 'x'.repeat(201) })).toEqual({
      status: 400,
      body: { code: 'BadRequest', field: 'name', message: '”Namn” får vara högst 200 tecken.' },
    });
    const pnr = await call('POST', `/api/sub-assignments/${workId}/activities`, bearer, { name: 'Ring om 19121212-1212' });
    expect(pnr).toEqual({ status: 400, body: { code: 'BadRequest', field: 'name', message: matches.stringContaining('personnummer') } });
    expect((await call('POST', `/api/sub-assignments/${workId}/activities`, bearer, { name: 'Ok', dueOn: '2027-02-30' })).body).toMatchObject({
      field: 'dueOn',
    });
    expect(
      (await call('POST', `/api/sub-assignments/${workId}/activities`, bearer, { name: 'Ok', responsibleAadObjectId: staff.aadObjectId })).body,
    ).toMatchObject({ field: 'responsibleAadObjectId', message: 'Ansvarig måste vara med i kvalitetsrådet.' });
    const future = await call('PUT', `/api/councils/${councilId}/assessments`, bearer, {
      target: { kind: 'subAssignment', id: workId },
      month: '2027-04',
      status: 'on_track',
      comment: '',
    });
    expect(future).toEqual({ status: 400, body: { code: 'BadRequest', field: 'month', message: 'En månad kan bedömas först när den har börjat.' } });
    expect(
      (
        await call('PUT', `/api/councils/${councilId}/assessments`, bearer, {
          target: { kind: 'subAssignment', id: workId },
          month: '2027-03',
          status: 'purple',
          comment: '',
        })
      ).body,
    ).toMatchObject({ code: 'BadRequest', field: 'status' });
    expect((await detail(bearer)).activities).toEqual([]);
  });

  it('runs the cycle: activities, a monthly assessment, the final report refused while an activity is open, then klarmarkerad', async () => {
    const anna = await token(people.anna);
    const bengt = await token(people.bengt);
    const added = await call('POST', `/api/sub-assignments/${workId}/activities`, anna, {
      name: 'Prova dukning i två omgångar',
      responsibleAadObjectId: people.bengt.aadObjectId,
      dueOn: '2027-04-30',
    });
    expect(added.status).toBe(200);
    const [activity] = contract(SubAssignmentDetailSchema, added.body).activities;
    expect(activity).toMatchObject({ name: 'Prova dukning i två omgångar', responsible: { name: 'Bengt Karlsson' }, done: false, editable: true });

    const assessed = await call('PUT', `/api/councils/${councilId}/assessments`, anna, {
      target: { kind: 'subAssignment', id: workId },
      month: '2027-03',
      status: 'partly',
      comment: 'Dukningen prövas från vecka 11.',
    });
    expect(assessed).toEqual({ status: 200, body: matches.objectContaining({ month: '2027-03', status: 'partly', assessedBy: 'Anna Lindqvist' }) });
    contract(AssessmentSchema, assessed.body);
    const listed = contract(FollowUpResponseSchema, (await get(`/api/councils/${councilId}/follow-up?year=2027`, anna)).body);
    expect(listed.subAssignments[0]).toMatchObject({
      latest: { status: 'partly' },
      missingMonths: ['2027-01', '2027-02'],
      activitiesDone: 0,
      activitiesTotal: 1,
    });

    const refused = await call('POST', `/api/sub-assignments/${workId}/complete`, anna, { version: 1, finalReport: 'Lugnare middagar.' });
    expect(refused).toEqual({
      status: 409,
      body: { code: 'ActivitiesOpen', field: 'finalReport', message: matches.stringContaining('1 är inte klara') },
    });

    // Cecilia is on the council but not responsible; Bengt is.
    expect((await call('PATCH', `/api/activities/${activity!.id}`, await token(people.cecilia), { version: 1, done: true })).status).toBe(403);
    const done = await call('PATCH', `/api/activities/${activity!.id}`, bengt, { version: 1, done: true });
    expect(done.status).toBe(200);
    expect(contract(SubAssignmentDetailSchema, done.body).activities[0]).toMatchObject({ done: true, version: 2 });
    expect((await call('PATCH', `/api/activities/${activity!.id}`, bengt, { version: 1, name: 'Gammal version' })).body).toMatchObject({
      code: 'Conflict',
    });

    const completed = await call('POST', `/api/sub-assignments/${workId}/complete`, anna, {
      version: 1,
      finalReport: 'Middagarna är lugnare; dukningen i två omgångar blir kvar.',
    });
    expect(completed.status).toBe(200);
    const work = contract(SubAssignmentDetailSchema, completed.body).subAssignment;
    expect(work).toMatchObject({
      status: 'completed',
      finalReport: 'Middagarna är lugnare; dukningen i två omgångar blir kvar.',
      latest: { month: '2027-03', status: 'done' },
    });
    expect((await call('PATCH', `/api/sub-assignments/${workId}`, anna, { version: work.version, goal: 'Sent' })).body).toMatchObject({
      code: 'Conflict',
      message: matches.stringContaining('klarmarkerat'),
    });
    const overview = contract(OverviewResponseSchema, (await get(`/api/councils/${councilId}/overview?year=2027`, anna)).body);
    expect(overview.works).toEqual([
      expect.objectContaining({ name: 'Lugnare måltider', status: 'completed', latest: matches.objectContaining({ status: 'done' }) }),
    ]);
  });

  it('assesses the assignment "Kvalitetsråd" itself, one per month (a second replaces the first)', async () => {
    const anna = await token(people.anna);
    for (const status of ['off_track', 'on_track']) {
      const saved = await call('PUT', `/api/councils/${councilId}/assessments`, anna, {
        target: { kind: 'assignment', year: 2027 },
        month: '2027-02',
        status,
        comment: `Februari: ${status}`,
      });
      expect(saved.status).toBe(200);
    }
    const list = contract(FollowUpResponseSchema, (await get(`/api/councils/${councilId}/follow-up?year=2027`, anna)).body);
    expect(list.assignment.history).toEqual([expect.objectContaining({ month: '2027-02', status: 'on_track', comment: 'Februari: on_track' })]);
    expect(list.assignment.missingMonths).toEqual(['2027-03']);
  });

  it('exports the year for Stratsys as .xlsx and .csv, for managers only', async () => {
    const anna = await token(people.anna);
    const xlsx = await tab.call('GET', `/api/councils/${councilId}/export.xlsx?year=2027`, anna);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-disposition')).toBe('attachment; filename="Kvalitetsrad-solgardens-vard-och-omsorgsboende-2027.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const cells = workbook.worksheets.flatMap((sheet) => sheet.getSheetValues().flat().map(String));
    expect(cells).toContain('Lugnare måltider');
    expect(cells).toContain('Prova dukning i två omgångar');
    expect(cells).toContain('Middagarna är lugnare; dukningen i två omgångar blir kvar.');

    const csv = await tab.call('GET', `/api/councils/${councilId}/export.csv?year=2027`, anna);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const text = csv.bytes.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('Lugnare måltider');

    expect((await tab.call('GET', `/api/councils/${councilId}/export.xlsx?year=2027`, await token(people.bengt))).status).toBe(403);
  });
});
