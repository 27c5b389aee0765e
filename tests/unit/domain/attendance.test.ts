import { checkAnswerable, personalReminderRecipients, tallyAnswers, type MeetingAnswer } from '../../../bot/src/domain/attendance';
import type { Person } from '../../../bot/src/domain/council';
import { ConflictError } from '../../../bot/src/domain/errors';
import { buildCouncil, buildPerson } from '../../helpers/factories';

const startsAt = new Date('2027-01-19T12:00:00Z');
const meeting = { startsAt, status: 'scheduled' as const };
const council = buildCouncil();
const [anna] = council.managers as [Person];
const [bengt, cecilia, david, elin, fatima] = council.members as [Person, Person, Person, Person, Person];
const answer = (person: Person, value: MeetingAnswer['answer'], givenForStartsAt = startsAt): MeetingAnswer => ({
  meetingId: 'm1',
  person,
  answer: value,
  givenForStartsAt,
  answeredAt: new Date('2027-01-02T09:00:00Z'),
});

describe('answers to an invitation', () => {
  it('are taken until the meeting starts, and never for a cancelled meeting', () => {
    expect(() => checkAnswerable(meeting, new Date('2027-01-19T11:59:59Z'))).not.toThrow();
    expect(() => checkAnswerable(meeting, startsAt)).toThrow(new ConflictError('attendance.started'));
    expect(() => checkAnswerable({ startsAt, status: 'cancelled' }, new Date('2027-01-01T00:00:00Z'))).toThrow(
      new ConflictError('attendance.cancelled'),
    );
  });

  it('tally as "kommer · digitalt · kan inte · har inte svarat" over the council', () => {
    const tally = tallyAnswers(council, meeting, [
      answer(anna, 'coming'),
      answer(bengt, 'coming'),
      answer(cecilia, 'digital'),
      answer(david, 'declined'),
    ]);
    expect(tally).toEqual({ coming: 2, digital: 1, declined: 1, unanswered: 2, guests: 0, toConfirm: 0 });
  });

  it('count a guest of the team where they answered, never as unanswered', () => {
    const nurse = buildPerson({ name: 'Gunilla Sjuksköterska' });
    const tally = tallyAnswers(council, meeting, [answer(nurse, 'digital'), answer(anna, 'coming')]);
    expect(tally).toMatchObject({ coming: 1, digital: 1, guests: 1, unanswered: 5 });
  });

  it('given for the time a meeting was moved from are kept apart until confirmed', () => {
    const before = new Date('2027-01-12T12:00:00Z');
    const tally = tallyAnswers(council, meeting, [answer(anna, 'coming', before), answer(bengt, 'declined', before), answer(cecilia, 'coming')]);
    expect(tally).toMatchObject({ coming: 1, declined: 0, toConfirm: 2, unanswered: 5 });
  });

  it('of someone who left the team disappear from every figure', () => {
    const gone = new Set([fatima.aadObjectId]);
    const tally = tallyAnswers(council, meeting, [answer(fatima, 'coming'), answer(elin, 'coming')], (id) => !gone.has(id));
    expect(tally).toMatchObject({ coming: 1, unanswered: 4 });
  });
});

describe('the personal reminder the day before', () => {
  const names = (people: Person[]) => people.map((p) => p.name).sort();

  it('reaches those who come, in person or digitally, and those who have not answered; never those who cannot come', () => {
    const answers = [answer(anna, 'coming'), answer(bengt, 'digital'), answer(cecilia, 'declined')];
    expect(names(personalReminderRecipients(council, meeting, answers, new Set()))).toEqual([
      'Anna Lindqvist',
      'Bengt Karlsson',
      'David Nilsson',
      'Elin Svensson',
      'Fatima Ali',
    ]);
  });

  it('skips those who turned personal reminders off, and reaches a guest who said they come', () => {
    const guest = buildPerson({ name: 'Gunilla Sjuksköterska' });
    const recipients = personalReminderRecipients(council, meeting, [answer(guest, 'coming')], new Set([bengt.aadObjectId, cecilia.aadObjectId]));
    expect(names(recipients)).toEqual(['Anna Lindqvist', 'David Nilsson', 'Elin Svensson', 'Fatima Ali', 'Gunilla Sjuksköterska']);
  });

  it('asks again whoever declined a time the meeting was moved from, and goes to nobody when it is cancelled', () => {
    const answers = [answer(cecilia, 'declined', new Date('2027-01-12T12:00:00Z'))];
    expect(names(personalReminderRecipients(council, meeting, answers, new Set()))).toContain('Cecilia Ek');
    expect(personalReminderRecipients(council, { startsAt, status: 'cancelled' }, [], new Set())).toEqual([]);
  });
});
