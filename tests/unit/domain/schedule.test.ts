import { instantOf, localPartsOf } from '../../../bot/src/domain/local-time';
import { latePostDecision, plannedPosts, type PostKind } from '../../../bot/src/domain/meeting';
import { MIN_MEETINGS_PER_YEAR, proposeMeetingDates, yearToPlan } from '../../../bot/src/domain/schedule';

const ZONE = 'Europe/Stockholm';

/** ISO weekday (1 = Monday) of a `YYYY-MM-DD` date, computed without the code under test. */
function weekday(date: string): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay() || 7;
}

/** Whole days from `a` to `b`. */
function daysApart(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/**
 * Swedish holidays, eves and half days of 2027 that fall on a weekday, written out by hand
 * (Easter 2027 is 28 March; midsommar 25–26 June; alla helgons dag 6 November).
 */
const DAYS_OFF_2027: Record<string, string> = {
  '2027-01-01': 'nyårsdagen',
  '2027-01-05': 'trettondagsafton',
  '2027-01-06': 'trettondedag jul',
  '2027-03-26': 'långfredag',
  '2027-03-29': 'annandag påsk',
  '2027-04-30': 'valborgsmässoafton',
  '2027-05-06': 'Kristi himmelsfärds dag',
  '2027-06-25': 'midsommarafton',
  '2027-11-05': 'allhelgonaafton',
  '2027-12-24': 'julafton',
  '2027-12-31': 'nyårsafton',
};

/** Everything a proposal must respect, whatever day it is planned on. */
function expectUsable(dates: string[], year: number, today: string, day: number): void {
  for (const date of dates) {
    expect(date.startsWith(`${year}-`)).toBe(true);
    expect(weekday(date)).toBe(day);
    expect(date.slice(5, 7)).not.toBe('07');
    expect(date > today).toBe(true);
    expect(DAYS_OFF_2027[date]).toBeUndefined();
  }
  expect([...dates].sort()).toEqual(dates);
  for (let i = 1; i < dates.length; i++) expect(daysApart(dates[i - 1]!, dates[i]!)).toBeGreaterThanOrEqual(14);
}

describe('proposed meeting dates', () => {
  it('plans at least eight Tuesdays of 2027 in November 2026, away from July, holidays and each other', () => {
    const dates = proposeMeetingDates(2027, '2026-11-22', 2);
    expect(dates.length).toBeGreaterThanOrEqual(MIN_MEETINGS_PER_YEAR);
    expectUsable(dates, 2027, '2026-11-22', 2);
    expect(dates.map(weekday).every((d) => d === 2)).toBe(true);
    expect(dates.some((d) => d.startsWith('2027-07'))).toBe(false);
  });

  it('never proposes a Friday on långfredag, midsommarafton, julafton or nyårsafton', () => {
    const proposals = ['2026-11-22', '2027-01-01', '2027-03-01', '2027-06-01', '2027-09-01', '2027-11-15'].map((today) =>
      proposeMeetingDates(2027, today, 5),
    );
    for (const dates of proposals) {
      for (const dayOff of ['2027-03-26', '2027-06-25', '2027-12-24', '2027-12-31', '2027-04-30', '2027-11-05']) {
        expect(dates).not.toContain(dayOff);
      }
    }
  });

  it('skips julafton and nyårsafton even when planning late, every other Friday', () => {
    // From June there is too little of 2027 left for one a month: every other week, and the
    // fortnight after 10 December lands on julafton, the next Friday on nyårsafton.
    const dates = proposeMeetingDates(2027, '2027-06-01', 5);
    expect(dates.length).toBeGreaterThanOrEqual(MIN_MEETINGS_PER_YEAR);
    expect(dates).toContain('2027-12-10');
    expect(dates).not.toContain('2027-12-24');
    expect(dates).not.toContain('2027-12-31');
    expect(dates).not.toContain('2027-06-25');
    expectUsable(dates, 2027, '2027-06-01', 5);
  });

  it('never proposes a Thursday on Kristi himmelsfärds dag', () => {
    for (const today of ['2026-11-22', '2027-01-10', '2027-04-20', '2027-04-29']) {
      const dates = proposeMeetingDates(2027, today, 4);
      expect(dates).not.toContain('2027-05-06');
      expectUsable(dates, 2027, today, 4);
    }
  });

  it('keeps every weekday clear of the holidays, wherever in the year it is planned', () => {
    for (const day of [1, 2, 3, 4, 5]) {
      for (const today of ['2026-08-01', '2026-12-31', '2027-02-14', '2027-05-20', '2027-08-10', '2027-10-01']) {
        expectUsable(proposeMeetingDates(2027, today, day), 2027, today, day);
      }
    }
  });

  it('still plans this year in mid-August, every other week', () => {
    expect(yearToPlan('2026-08-15', 2)).toBe(2026);
    const dates = proposeMeetingDates(2026, '2026-08-15', 2);
    expect(dates.length).toBeGreaterThanOrEqual(MIN_MEETINGS_PER_YEAR);
    expect(dates.every((d) => d.startsWith('2026-') && d > '2026-08-15' && weekday(d) === 2)).toBe(true);
    // Eight or more in four and a half months: the spacing is two weeks, not one month.
    for (let i = 1; i < dates.length; i++) expect(daysApart(dates[i - 1]!, dates[i]!)).toBe(14);
  });

  it('plans next year in late November, when eight no longer fit', () => {
    expect(proposeMeetingDates(2026, '2026-11-22', 2).length).toBeLessThan(MIN_MEETINGS_PER_YEAR);
    expect(yearToPlan('2026-11-22', 2)).toBe(2027);
  });

  it('offers fewer than eight for the rest of 2026 a few days before Christmas', () => {
    const dates = proposeMeetingDates(2026, '2026-12-20', 2);
    expect(dates.length).toBeLessThan(MIN_MEETINGS_PER_YEAR);
    expect(dates.every((d) => d > '2026-12-20' && d.startsWith('2026-'))).toBe(true);
  });

  it('does not propose today itself', () => {
    // 2027-02-16 is a Tuesday; planned that day, the meeting would already be under way or past.
    expect(proposeMeetingDates(2027, '2027-02-16', 2)).not.toContain('2027-02-16');
  });
});

describe('local time across daylight saving', () => {
  it('keeps 13:00 at 13:00 on both sides of the March switch', () => {
    expect(instantOf('2027-03-27', '13:00', ZONE).toISOString()).toBe('2027-03-27T12:00:00.000Z');
    expect(instantOf('2027-03-29', '13:00', ZONE).toISOString()).toBe('2027-03-29T11:00:00.000Z');
  });

  it('gives an instant for 02:30 on the night the clocks skip it', () => {
    const instant = instantOf('2027-03-28', '02:30', ZONE);
    expect(Number.isNaN(instant.getTime())).toBe(false);
    // The wall clock jumps from 02:00 to 03:00: the instant falls that morning, between 01:00Z and 02:00Z.
    expect(instant.getTime()).toBeGreaterThan(Date.parse('2027-03-28T00:59:59Z'));
    expect(instant.getTime()).toBeLessThanOrEqual(Date.parse('2027-03-28T02:00:00Z'));
    expect(localPartsOf(instant, ZONE).date).toBe('2027-03-28');
  });

  it('refuses a date that does not exist', () => {
    expect(() => instantOf('2027-02-30', '13:00', ZONE)).toThrow(RangeError);
  });
});

describe('when a meeting’s posts are due', () => {
  const startsAt = instantOf('2027-04-13', '13:00', ZONE);
  const due = new Map(plannedPosts({ startsAt }, ZONE, 30).map((p) => [p.kind, p.dueAt.toISOString()]));

  it('starts the meeting at 13:00 Swedish summer time', () => {
    expect(startsAt.toISOString()).toBe('2027-04-13T11:00:00.000Z');
    expect(due.get('start')).toBe('2027-04-13T11:00:00.000Z');
  });

  it('sends the invitation 30 days ahead at 08:00 winter time', () => {
    expect(due.get('invitation')).toBe('2027-03-14T07:00:00.000Z');
    expect(localPartsOf(new Date(due.get('invitation')!), ZONE)).toMatchObject({ date: '2027-03-14', time: '08:00' });
  });

  it('sends the agenda a week ahead and the reminder the day before, at 08:00 summer time', () => {
    expect(due.get('agenda')).toBe('2027-04-06T06:00:00.000Z');
    expect(due.get('reminder')).toBe('2027-04-12T06:00:00.000Z');
  });

  it('plans exactly invitation, agenda, reminder and start, in time order', () => {
    const posts = plannedPosts({ startsAt }, ZONE, 30);
    expect(posts.map((p) => p.kind)).toEqual(['invitation', 'agenda', 'reminder', 'start']);
    const times = posts.map((p) => p.dueAt.getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('follows the council’s own lead time', () => {
    const invitation = plannedPosts({ startsAt }, ZONE, 14).find((p) => p.kind === 'invitation')!;
    expect(invitation.dueAt.toISOString()).toBe('2027-03-30T06:00:00.000Z');
  });
});

describe('posts found late', () => {
  const meeting = { startsAt: new Date('2027-04-13T11:00:00Z'), endsAt: new Date('2027-04-13T12:30:00Z') };
  const before = new Date('2027-04-13T10:00:00Z');
  const during = new Date('2027-04-13T11:30:00Z');
  const after = new Date('2027-04-13T13:00:00Z');

  it.each<[PostKind, Date, 'send' | 'tooLate']>([
    ['agenda', before, 'send'],
    ['agenda', during, 'tooLate'],
    ['reminder', before, 'send'],
    ['reminder', during, 'tooLate'],
    ['reminder', after, 'tooLate'],
    ['invitation', during, 'send'],
    ['invitation', after, 'tooLate'],
    ['start', during, 'send'],
    ['start', after, 'tooLate'],
  ])('%s at %s: %s', (kind, now, decision) => {
    expect(latePostDecision(kind, meeting, now)).toBe(decision);
  });

  it('sends a reminder until the very start, not at it', () => {
    expect(latePostDecision('reminder', meeting, new Date(meeting.startsAt.getTime() - 1))).toBe('send');
    expect(latePostDecision('reminder', meeting, meeting.startsAt)).toBe('tooLate');
  });

  it.each<PostKind>(['change', 'cancel', 'invitation-update'])('always sends %s, even after the meeting', (kind) => {
    expect(latePostDecision(kind, meeting, after)).toBe('send');
    expect(latePostDecision(kind, meeting, new Date('2028-01-01T00:00:00Z'))).toBe('send');
  });
});
