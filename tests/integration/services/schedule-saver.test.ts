import type { Council } from '../../../bot/src/domain/council';
import { ConflictError, ForbiddenError, ValidationError } from '../../../bot/src/domain/errors';
import { PLANNING_NAME } from '../../../bot/src/domain/follow-up';
import type { Actor } from '../../../bot/src/domain/policies';
import { DEFAULT_SLOT } from '../../../bot/src/domain/schedule';
import type { MeetingDraft, ScheduleDraft } from '../../../bot/src/domain/schedule-draft';
import { meetingPostsFor } from '../../../bot/src/services/meeting-posts';
import { rowOf } from '../../../bot/src/services/schedule-drafter';
import { saveSchedule } from '../../../bot/src/services/schedule-saver';
import { enqueuePosts, listCouncilPosts } from '../../../bot/src/store/outbox-repository';
import { findMeeting, findSchedule, listMeetings } from '../../../bot/src/store/schedule-repository';
import { listSubAssignments } from '../../../bot/src/store/sub-assignment-repository';
import { ManualClock } from '../../helpers/clock';
import { drivers, openTestDatabase, type TestDatabase } from '../../helpers/databases';
import { buildActor, createCouncil, createMeeting, createSchedule } from '../../helpers/factories';

const clock = new ManualClock('2026-11-22T10:00:00Z');
const DATES = ['2027-01-19', '2027-02-16', '2027-03-16', '2027-04-13', '2027-05-18', '2027-06-15', '2027-08-17', '2027-09-14'];
const row = (date: string): MeetingDraft => ({ date, start: '13:00', end: '14:30', place: 'Dagrummet, avdelning 2', online: true, removed: false });
const yearOf = (meetings: MeetingDraft[]): ScheduleDraft => ({ year: 2027, slot: DEFAULT_SLOT, invitationLeadDays: 30, teamsLink: '', meetings });

describe.each(drivers)('saving the year’s schedule (schedule-saver) on %s', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t.drop();
  });

  const save = (actor: Actor, council: Council, draft: ScheduleDraft, expectedVersion?: number) =>
    saveSchedule({ db: t.db, clock, actor, council, draft, expectedVersion });
  /** Everything a saved year leaves behind, to show a refusal left nothing. */
  const traces = async (council: Council) => ({
    schedule: await findSchedule(t.db, council.tenantId, council.id, 2027),
    meetings: await listMeetings(t.db, council.tenantId, council.id, 2027),
    posts: await listCouncilPosts(t.db, council.tenantId, council.id),
    works: await listSubAssignments(t.db, council.tenantId, council.id, 2027),
  });
  const nothing = { schedule: undefined, meetings: [], posts: [], works: [] };

  it('refuses a member who is not a manager and stores nothing', async () => {
    const council = await createCouncil(t.db);
    await expect(save(buildActor(council.members[0]), council, yearOf(DATES.map(row)))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await traces(council)).toEqual(nothing);
  });

  it('refuses a year of seven meetings, saying how many are missing, and a meeting of another unit', async () => {
    const council = await createCouncil(t.db);
    const anna = buildActor(council.managers[0]);
    const tooFew = await save(anna, council, yearOf(DATES.slice(1).map(row))).catch((e: unknown) => e);
    expect(tooFew).toBeInstanceOf(ValidationError);
    expect(tooFew).toMatchObject({ field: 'meetings', params: { count: 7, missing: 1 } });
    const theirs = await createMeeting(t.db, { startsAt: new Date('2027-10-12T11:00:00Z') });
    const foreign = await save(anna, council, yearOf([...DATES.map(row), { ...row('2027-10-12'), id: theirs.id }])).catch((e: unknown) => e);
    expect(foreign).toMatchObject({ messageKey: 'schedule.meeting.unknown', field: 'meetings' });
    expect(await traces(council)).toEqual(nothing);
    expect((await findMeeting(t.db, theirs.tenantId, theirs.id))!.status).toBe('scheduled');
  });

  it('refuses a save on a schedule someone saved meanwhile', async () => {
    const council = await createCouncil(t.db);
    await createSchedule(t.db, { council });
    await expect(save(buildActor(council.managers[0]), council, yearOf(DATES.map(row)))).rejects.toBeInstanceOf(ConflictError);
    expect(await listMeetings(t.db, council.tenantId, council.id, 2027)).toEqual([]);
  });

  it('saves a new year: eight meetings, their invitation, agenda, reminder and start posts once each, and the year’s planning work', async () => {
    const council = await createCouncil(t.db);
    const result = await save(buildActor(council.managers[0]), council, yearOf(DATES.map(row)));
    expect(result).toMatchObject({
      added: 8,
      moved: 0,
      cancelled: 0,
      deadlinePassed: false,
      schedule: { version: 1, savedBy: council.managers[0]!.aadObjectId },
    });
    const { schedule, meetings, posts, works } = await traces(council);
    expect(schedule).toMatchObject({ version: 1, invitationLeadDays: 30 });
    expect(meetings.map((m) => m.startsAt.toISOString().slice(0, 10))).toEqual(DATES);
    expect(posts).toHaveLength(32);
    expect(new Set(posts.map((p) => p.key)).size).toBe(32);
    const first = posts.filter((p) => p.meetingId === meetings[0]!.id);
    expect(first.map((p) => [p.kind, p.dueAt.toISOString()])).toEqual([
      ['invitation', '2026-12-20T07:00:00.000Z'],
      ['agenda', '2027-01-12T07:00:00.000Z'],
      ['reminder', '2027-01-18T07:00:00.000Z'],
      ['start', '2027-01-19T12:00:00.000Z'],
    ]);
    expect(works.map((w) => [w.kind, w.name])).toEqual([['planning', PLANNING_NAME]]);
  });

  it('moves and cancels saved meetings: the invited one gets a notice in its thread, the cancelled one’s posts are dropped', async () => {
    const council = await createCouncil(t.db);
    await createSchedule(t.db, { council });
    const stored = [];
    for (const date of DATES) stored.push(await createMeeting(t.db, { council, startsAt: new Date(`${date}T12:00:00Z`) }));
    const [invited, doomed] = [
      await createMeeting(t.db, { council, startsAt: new Date('2027-10-12T11:00:00Z'), invitationActivityId: '1736000000000' }),
      stored[1]!,
    ];
    await enqueuePosts(t.db, meetingPostsFor(doomed, council.timeZone, 30, clock.now()), clock.now());
    const rows = [...stored, invited].map((m) => rowOf(m, council.timeZone));
    rows[1] = { ...rows[1]!, removed: true };
    rows[8] = { ...rows[8]!, start: '14:00', end: '15:30' };
    const result = await save(buildActor(council.managers[0]), council, yearOf(rows), 1);
    expect(result).toMatchObject({ added: 0, moved: 1, cancelled: 1, schedule: { version: 2 } });
    expect(await findMeeting(t.db, council.tenantId, invited.id)).toMatchObject({ revision: 2, startsAt: new Date('2027-10-12T12:00:00Z') });
    expect(await findMeeting(t.db, council.tenantId, doomed.id)).toMatchObject({ revision: 2, status: 'cancelled' });
    const posts = await listCouncilPosts(t.db, council.tenantId, council.id);
    expect(posts.filter((p) => p.meetingId === doomed.id).map((p) => p.status)).toEqual(['dropped', 'dropped', 'dropped', 'dropped']);
    expect(
      posts
        .filter((p) => p.meetingId === invited.id)
        .map((p) => `${p.kind} ${p.revision}`)
        .sort(),
    ).toEqual(['agenda 2', 'change 2', 'invitation-update 2', 'reminder 2', 'start 2']);
    expect(posts.filter((p) => p.meetingId !== invited.id && p.meetingId !== doomed.id)).toEqual([]);
  });
});
