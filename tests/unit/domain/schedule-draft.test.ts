import { ValidationError } from '../../../bot/src/domain/errors';
import { checkScheduleDraft, type MeetingDraft, type ScheduleCheckContext, type ScheduleDraft } from '../../../bot/src/domain/schedule-draft';
import { matches } from '../../helpers/matchers';

/** Eight Tuesdays of 2027, none in July or on a holiday. */
const TUESDAYS = ['2027-01-12', '2027-02-16', '2027-03-16', '2027-04-13', '2027-05-18', '2027-06-15', '2027-08-17', '2027-09-14'];

function row(date: string, overrides: Partial<MeetingDraft> = {}): MeetingDraft {
  return { date, start: '13:00', end: '14:30', place: 'Solgården, samlingssalen', online: true, removed: false, ...overrides };
}

function buildDraft(overrides: Partial<ScheduleDraft> = {}): ScheduleDraft {
  return {
    year: 2027,
    slot: { weekday: 2, start: '13:00', end: '14:30' },
    invitationLeadDays: 30,
    teamsLink: '',
    meetings: TUESDAYS.map((d) => row(d)),
    ...overrides,
  };
}

function buildContext(overrides: Partial<ScheduleCheckContext> = {}): ScheduleCheckContext {
  return {
    now: new Date('2026-11-22T09:00:00Z'),
    today: '2026-11-22',
    zone: 'Europe/Stockholm',
    heldCount: 0,
    storedStarts: new Map(),
    ...overrides,
  };
}

/** The meetings with row `n` (1-based) replaced. */
function withRow(n: number, replacement: MeetingDraft): MeetingDraft[] {
  return TUESDAYS.map((d, i) => (i + 1 === n ? replacement : row(d)));
}

/** The ValidationError the check throws; fails the test if it accepts. */
function refusal(draft: ScheduleDraft, ctx: ScheduleCheckContext = buildContext()): ValidationError {
  try {
    checkScheduleDraft(draft, ctx);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return error as ValidationError;
  }
  throw new Error('the draft was accepted');
}

describe('schedule draft checks', () => {
  it('accepts eight Tuesdays of next year and gives their UTC instants', () => {
    const checked = checkScheduleDraft(buildDraft(), buildContext());
    expect(checked).toHaveLength(8);
    expect(checked.map((m) => m.date)).toEqual(TUESDAYS);
    expect(checked.every((m) => !m.removed && m.start === '13:00' && m.end === '14:30')).toBe(true);
    // January is winter time (UTC+1), April summer time (UTC+2): 13:00 local both times.
    expect(checked[0]).toMatchObject({ startsAt: new Date('2027-01-12T12:00:00Z'), endsAt: new Date('2027-01-12T13:30:00Z') });
    expect(checked[3]).toMatchObject({ startsAt: new Date('2027-04-13T11:00:00Z'), endsAt: new Date('2027-04-13T12:30:00Z') });
  });

  it('trims what was typed', () => {
    const checked = checkScheduleDraft(
      buildDraft({ meetings: withRow(2, row(' 2027-02-16 ', { start: ' 13:00', end: '14:30 ', place: '  Rum Åsa  ' })) }),
      buildContext(),
    );
    expect(checked[1]).toMatchObject({ date: '2027-02-16', start: '13:00', end: '14:30', place: 'Rum Åsa' });
  });

  it('refuses a year other than this or next', () => {
    const error = refusal(buildDraft({ year: 2029 }));
    expect(error).toMatchObject({ messageKey: 'schedule.year.invalid', field: 'year' });
    expect(error.params).toMatchObject({ thisYear: 2026, nextYear: 2027 });
  });

  it('accepts the rest of this year too', () => {
    const dates = ['2026-11-24', '2026-11-26', '2026-12-01', '2026-12-03', '2026-12-08', '2026-12-10', '2026-12-15', '2026-12-17'];
    expect(checkScheduleDraft(buildDraft({ year: 2026, meetings: dates.map((d) => row(d)) }), buildContext())).toHaveLength(8);
  });

  it.each([
    [3, '2027-02-30'],
    [1, '2027-13-01'],
    [8, '13/4 2027'],
    [5, ''],
  ])('refuses row %i with the date %j that does not exist', (n, date) => {
    const error = refusal(buildDraft({ meetings: withRow(n, row(date)) }));
    expect(error).toMatchObject({ messageKey: 'schedule.meeting.date', field: `meetings.${n}.date` });
    expect(error.params.n).toBe(n);
  });

  it('refuses a date in another year than the schedule’s', () => {
    const error = refusal(buildDraft({ meetings: withRow(4, row('2028-04-11')) }));
    expect(error).toMatchObject({ messageKey: 'schedule.meeting.otherYear', field: 'meetings.4.date' });
    expect(error.params).toMatchObject({ n: 4, year: 2027 });
  });

  it.each([
    [{ start: '25:00' }, 'meetings.2.start'],
    [{ start: '9:00' }, 'meetings.2.start'],
    [{ end: '14:60' }, 'meetings.2.end'],
    [{ end: '' }, 'meetings.2.end'],
  ])('refuses the time %j', (times, field) => {
    const error = refusal(buildDraft({ meetings: withRow(2, row('2027-02-16', times)) }));
    expect(error).toMatchObject({ messageKey: 'schedule.meeting.time', field });
    expect(error.params.n).toBe(2);
  });

  it.each([
    ['14:30', '13:00'],
    ['13:00', '13:00'],
  ])('refuses a meeting from %s that ends at %s', (start, end) => {
    const error = refusal(buildDraft({ meetings: withRow(6, row('2027-06-15', { start, end })) }));
    expect(error).toMatchObject({ messageKey: 'schedule.meeting.endBeforeStart', field: 'meetings.6.end' });
    expect(error.params).toMatchObject({ n: 6, start, end });
  });

  it('refuses a place longer than 200 characters', () => {
    const error = refusal(buildDraft({ meetings: withRow(7, row('2027-08-17', { place: 'å'.repeat(201) })) }));
    expect(error).toMatchObject({ messageKey: 'schedule.meeting.placeTooLong', field: 'meetings.7.place' });
    expect(checkScheduleDraft(buildDraft({ meetings: withRow(7, row('2027-08-17', { place: 'å'.repeat(200) })) }), buildContext())).toHaveLength(8);
  });

  it('refuses a meeting in the past', () => {
    const later = ['2026-11-24', '2026-11-26', '2026-12-01', '2026-12-03', '2026-12-08', '2026-12-10', '2026-12-15'].map((d) => row(d));
    const error = refusal(buildDraft({ year: 2026, meetings: [...later, row('2026-11-17')] }));
    expect(error).toMatchObject({ messageKey: 'schedule.meeting.past', field: 'meetings.8.date' });
    expect(error.params).toMatchObject({ n: 8, date: '2026-11-17' });
  });

  it('refuses a date of this year in next year’s schedule as the wrong year', () => {
    const error = refusal(buildDraft({ meetings: withRow(1, row('2026-12-01')) }));
    expect(error).toMatchObject({ messageKey: 'schedule.meeting.otherYear', field: 'meetings.1.date' });
  });

  it('refuses a meeting earlier the same day, but not later', () => {
    // now is 10:00 in Stockholm.
    const ctx = buildContext({ now: new Date('2026-11-24T09:00:00Z'), today: '2026-11-24' });
    const later = ['2026-11-26', '2026-12-01', '2026-12-03', '2026-12-08', '2026-12-10', '2026-12-15', '2026-12-17'].map((d) => row(d));
    const early = refusal(buildDraft({ year: 2026, meetings: [row('2026-11-24', { start: '09:00', end: '09:45' }), ...later] }), ctx);
    expect(early).toMatchObject({ messageKey: 'schedule.meeting.past', field: 'meetings.1.date' });
    expect(
      checkScheduleDraft(buildDraft({ year: 2026, meetings: [row('2026-11-24', { start: '10:30', end: '11:00' }), ...later] }), ctx),
    ).toHaveLength(8);
  });

  it('refuses two meetings at the same time, naming both rows', () => {
    const meetings = [...TUESDAYS.map((d) => row(d)), row('2027-03-16', { start: '14:00', end: '15:00' })];
    const error = refusal(buildDraft({ meetings }));
    expect(error).toMatchObject({ messageKey: 'schedule.meeting.overlap', field: 'meetings.9.date' });
    expect(error.params).toMatchObject({ n: 3, m: 9 });
  });

  it('names the rows in the order they are listed, whichever starts first', () => {
    const meetings = [row('2027-03-16', { start: '14:00', end: '15:00' }), ...TUESDAYS.map((d) => row(d))];
    const error = refusal(buildDraft({ meetings }));
    expect(error).toMatchObject({ messageKey: 'schedule.meeting.overlap', field: 'meetings.4.date' });
    expect(error.params).toMatchObject({ n: 1, m: 4 });
  });

  it('finds an overlap with a long meeting that is not the next one', () => {
    // Row 9 (12:00–16:00) covers row 3 (13:00–14:30) and row 10 (15:00–15:30).
    const meetings = [
      ...TUESDAYS.map((d) => row(d)),
      row('2027-03-16', { start: '12:00', end: '16:00' }),
      row('2027-03-16', { start: '15:00', end: '15:30' }),
    ];
    expect(refusal(buildDraft({ meetings }))).toMatchObject({ messageKey: 'schedule.meeting.overlap' });
  });

  it('accepts one meeting ending when the next starts', () => {
    const meetings = [...TUESDAYS.map((d) => row(d)), row('2027-03-16', { start: '14:30', end: '15:00' })];
    expect(checkScheduleDraft(buildDraft({ meetings }), buildContext())).toHaveLength(9);
  });

  it('refuses fewer than eight meetings and says how many are missing', () => {
    const error = refusal(buildDraft({ meetings: TUESDAYS.slice(0, 7).map((d) => row(d)) }));
    expect(error).toMatchObject({ messageKey: 'schedule.tooFew', field: 'meetings' });
    expect(error.params).toMatchObject({ count: 7, missing: 1, min: 8 });
  });

  it('does not count removed rows toward the eight', () => {
    const meetings = withRow(8, row('2027-09-14', { removed: true }));
    expect(refusal(buildDraft({ meetings }))).toMatchObject({ messageKey: 'schedule.tooFew', params: matches.objectContaining({ count: 7 }) });
  });

  it('does not check removed rows: garbage there is fine when eight others remain', () => {
    const meetings = [...TUESDAYS.map((d) => row(d)), row('inte ett datum', { start: 'x', end: 'y', removed: true })];
    const checked = checkScheduleDraft(buildDraft({ meetings }), buildContext());
    expect(checked).toHaveLength(9);
    expect(checked.filter((m) => !m.removed)).toHaveLength(8);
    expect(checked[8]!.removed).toBe(true);
  });

  it('does not see a removed row as overlapping', () => {
    const meetings = [...TUESDAYS.map((d) => row(d)), row('2027-03-16', { removed: true })];
    expect(checkScheduleDraft(buildDraft({ meetings }), buildContext())).toHaveLength(9);
  });

  it('counts meetings already held: two held and six planned are enough', () => {
    const ctx = buildContext({ heldCount: 2 });
    expect(checkScheduleDraft(buildDraft({ meetings: TUESDAYS.slice(0, 6).map((d) => row(d)) }), ctx)).toHaveLength(6);
    expect(refusal(buildDraft({ meetings: TUESDAYS.slice(0, 5).map((d) => row(d)) }), ctx).params).toMatchObject({ count: 7, missing: 1 });
  });

  it.each([3, 6, 61, 30.5])('refuses an invitation lead of %p days', (days) => {
    expect(refusal(buildDraft({ invitationLeadDays: days }))).toMatchObject({ messageKey: 'schedule.leadDays.invalid', field: 'invitationLeadDays' });
  });

  it.each([7, 60])('accepts an invitation lead of %d days', (days) => {
    expect(checkScheduleDraft(buildDraft({ invitationLeadDays: days }), buildContext())).toHaveLength(8);
  });

  it.each(['http://x', 'teams.microsoft.com/l/meetup-join/abc', 'javascript:alert(1)'])('refuses the Teams link %j', (teamsLink) => {
    expect(refusal(buildDraft({ teamsLink }))).toMatchObject({ messageKey: 'schedule.teamsLink.invalid', field: 'teamsLink' });
  });

  it('accepts an https Teams link, or none', () => {
    expect(checkScheduleDraft(buildDraft({ teamsLink: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc' }), buildContext())).toHaveLength(
      8,
    );
    expect(checkScheduleDraft(buildDraft({ teamsLink: '' }), buildContext())).toHaveLength(8);
  });

  it('leaves an existing meeting that has already been held alone when it is unchanged', () => {
    const ctx = buildContext({ now: new Date('2027-03-01T09:00:00Z'), today: '2027-03-01' });
    const held = new Date('2027-02-16T12:00:00Z').getTime(); // 13:00 in Stockholm
    const meetings = withRow(2, row('2027-02-16', { id: 'm-feb' }));
    meetings[0] = row('2027-01-12', { id: 'm-jan' });
    const storedStarts = new Map([
      ['m-jan', new Date('2027-01-12T12:00:00Z').getTime()],
      ['m-feb', held],
    ]);
    const checked = checkScheduleDraft(buildDraft({ meetings }), { ...ctx, storedStarts });
    expect(checked).toHaveLength(8);
    expect(checked[1]).toMatchObject({ id: 'm-feb', startsAt: new Date(held) });
  });

  it('refuses moving an existing meeting into the past', () => {
    const ctx = buildContext({ now: new Date('2027-03-01T09:00:00Z'), today: '2027-03-01' });
    const storedStarts = new Map([['m-feb', new Date('2027-02-16T12:00:00Z').getTime()]]);
    const meetings = withRow(2, row('2027-02-16', { id: 'm-feb', start: '10:00', end: '11:00' }));
    meetings[0] = row('2027-01-12', { id: 'm-jan' });
    const error = refusal(buildDraft({ meetings }), {
      ...ctx,
      storedStarts: new Map([...storedStarts, ['m-jan', new Date('2027-01-12T12:00:00Z').getTime()]]),
    });
    expect(error).toMatchObject({ messageKey: 'schedule.meeting.past', field: 'meetings.2.date' });
  });

  it('refuses a new row in the past even on the date of a held meeting', () => {
    const ctx = buildContext({ now: new Date('2027-03-01T09:00:00Z'), today: '2027-03-01' });
    const storedStarts = new Map([['m-jan', new Date('2027-01-12T12:00:00Z').getTime()]]);
    const meetings = withRow(1, row('2027-01-12'));
    expect(refusal(buildDraft({ meetings }), { ...ctx, storedStarts })).toMatchObject({
      messageKey: 'schedule.meeting.past',
      field: 'meetings.1.date',
    });
  });
});
