import mammoth from 'mammoth';
import type { MeetingAnswer } from '../../../bot/src/domain/attendance';
import type { Council, Person } from '../../../bot/src/domain/council';
import { ValidationError } from '../../../bot/src/domain/errors';
import type { Meeting } from '../../../bot/src/domain/meeting';
import type { MinutesContent } from '../../../bot/src/domain/minutes';
import { renderMinutesPage } from '../../../bot/src/api/presenters/minutes-page';
import { translator } from '../../../bot/src/i18n';
import { approveMinutes } from '../../../bot/src/services/minutes-approver';
import { renderMinutesDocx } from '../../../bot/src/services/minutes-document';
import { readMinutesDocument } from '../../../bot/src/services/minutes-document-reader';
import { openMinutes } from '../../../bot/src/services/minutes-opener';
import { saveMinutes } from '../../../bot/src/services/minutes-saver';
import { saveAnswer } from '../../../bot/src/store/attendance-repository';
import { findMinutes } from '../../../bot/src/store/minutes-repository';
import { ManualClock } from '../../helpers/clock';
import { drivers, openTestDatabase, type TestDatabase } from '../../helpers/databases';
import { buildActor, buildPerson, createCouncil, createMeeting } from '../../helpers/factories';

// 19 January 2027, 13:05 in Stockholm: the default meeting of the factories has just started.
const clock = new ManualClock('2027-01-19T12:05:00Z');
const sv = translator('sv');

describe.each(drivers)('attendance in the minutes, from the answers to the approved document, on %s', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(async () => {
    await t.drop();
  });

  const answer = (meeting: Meeting, person: Person, value: MeetingAnswer['answer'], givenForStartsAt = meeting.startsAt) =>
    saveAnswer(t.db, meeting.tenantId, {
      meetingId: meeting.id,
      person,
      answer: value,
      givenForStartsAt,
      answeredAt: new Date('2027-01-05T09:00:00Z'),
    });

  /** A council whose meeting today has answers: Anna coming, Bengt digitally, Cecilia not, David for an earlier time, a guest. */
  async function answeredMeeting(): Promise<{ council: Council; meeting: Meeting; people: Person[] }> {
    const council = await createCouncil(t.db);
    const meeting = await createMeeting(t.db, { council });
    const [anna, bengt, cecilia, david] = [...council.managers, ...council.members] as [Person, Person, Person, Person];
    await answer(meeting, anna, 'coming');
    await answer(meeting, bengt, 'digital');
    await answer(meeting, cecilia, 'declined');
    await answer(meeting, david, 'coming', new Date('2027-01-12T12:00:00Z'));
    await answer(meeting, buildPerson({ name: 'Gunilla Sjuksköterska' }), 'coming');
    return { council, meeting, people: [anna, bengt, cecilia, david] };
  }

  it('opens the minutes with the attendance the answers give, digital marked, and stores it as version 1', async () => {
    const { council, meeting, people } = await answeredMeeting();
    const [anna, bengt, cecilia] = people as [Person, Person, Person];
    const minutes = await openMinutes({ db: t.db, clock, council, meeting, byName: 'Kvalitetsråd' });
    const expected = { [anna.aadObjectId]: 'present', [bengt.aadObjectId]: 'digital', [cecilia.aadObjectId]: 'absent' };
    expect(minutes.content.attendance).toEqual(expected);
    expect((await findMinutes(t.db, council.tenantId, minutes.id))!.content.attendance).toEqual(expected);
    // Opened again (the start post, then `anteckningar`): the same minutes, not the answers again.
    await answer(meeting, cecilia, 'digital');
    expect((await openMinutes({ db: t.db, clock, council, byName: 'Bengt Karlsson' })).content.attendance).toEqual(expected);
  });

  it('opens an extra meeting’s minutes with nobody marked', async () => {
    const council = await createCouncil(t.db);
    const minutes = await openMinutes({ db: t.db, clock, council, byName: 'Anna Lindqvist' });
    expect(minutes.meetingId).toBeUndefined();
    expect(minutes.content.attendance).toEqual({});
  });

  it('keeps the council’s corrections, and the approved page and Word document say who took part digitally', async () => {
    const { council, meeting, people } = await answeredMeeting();
    const [anna, bengt, cecilia, david] = people as [Person, Person, Person, Person];
    const opened = await openMinutes({ db: t.db, clock, council, meeting, byName: 'Kvalitetsråd' });
    // David came after all; Cecilia joined digitally.
    const content: MinutesContent = {
      fields: { ...opened.content.fields, decisions: 'Fasta fikatider provas från februari.' },
      attendance: { ...opened.content.attendance, [cecilia.aadObjectId]: 'digital', [david.aadObjectId]: 'present' },
    };
    const actor = buildActor(bengt);
    await t.db.transaction((tx) => saveMinutes({ db: tx, clock, actor, council, minutesId: opened.id, content, expectedVersion: 1 }));
    await t.db.transaction((tx) => approveMinutes({ db: tx, clock, actor: buildActor(anna), council, minutesId: opened.id, expectedVersion: 2 }));

    const record = await readMinutesDocument({ db: t.db, tenantId: council.tenantId, minutesId: opened.id });
    expect(record).toMatchObject({ status: 'approved', present: ['Anna Lindqvist', 'David Nilsson'], digital: ['Bengt Karlsson', 'Cecilia Ek'] });
    expect(record.absent).toEqual(['Elin Svensson', 'Fatima Ali']);
    const page = renderMinutesPage({ tr: sv, locale: 'sv', minutes: record });
    expect(page).toContain('<h2>Närvarande</h2><p>Anna Lindqvist, David Nilsson, Bengt Karlsson (digitalt), Cecilia Ek (digitalt)</p>');
    expect(page).toContain('<h2>Frånvarande</h2><p>Elin Svensson, Fatima Ali</p>');
    const word = (await mammoth.convertToHtml({ buffer: await renderMinutesDocx({ tr: sv, locale: 'sv', ...record }) })).value;
    expect(word).toContain('<h1>Närvarande</h1><p>Anna Lindqvist, David Nilsson, Bengt Karlsson (digitalt), Cecilia Ek (digitalt)</p>');
    expect(word).toContain('<h1>Frånvarande</h1><p>Elin Svensson, Fatima Ali</p>');
  });

  it('still refuses someone outside the council, whichever way they are marked, storing nothing', async () => {
    const { council, meeting, people } = await answeredMeeting();
    const opened = await openMinutes({ db: t.db, clock, council, meeting, byName: 'Kvalitetsråd' });
    const actor = buildActor(people[1]);
    for (const mode of ['present', 'digital', 'absent'] as const) {
      const content = { ...opened.content, attendance: { ...opened.content.attendance, [buildPerson().aadObjectId]: mode } };
      const refused = t.db.transaction((tx) => saveMinutes({ db: tx, clock, actor, council, minutesId: opened.id, content, expectedVersion: 1 }));
      await expect(refused).rejects.toBeInstanceOf(ValidationError);
      await expect(refused).rejects.toMatchObject({ messageKey: 'minutes.unknownPerson', field: 'present' });
    }
    expect((await findMinutes(t.db, council.tenantId, opened.id))!.version).toBe(1);
  });
});
