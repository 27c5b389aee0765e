import type { MeetingAnswer } from '../../../bot/src/domain/attendance';
import type { Person } from '../../../bot/src/domain/council';
import { checkMinutesContent, emptyContent, readMinutesContent, type MinutesContent } from '../../../bot/src/domain/minutes';
import { attendanceFromAnswers, attendanceLists, readAttendance } from '../../../bot/src/domain/minutes-attendance';
import { buildCouncil, buildPerson } from '../../helpers/factories';

const startsAt = new Date('2027-01-19T12:00:00Z');
const meeting = { startsAt };
const council = buildCouncil();
const [anna] = council.managers as [Person];
const [bengt, cecilia, david, elin] = council.members as [Person, Person, Person, Person];
const answer = (person: Person, value: MeetingAnswer['answer'], givenForStartsAt = startsAt): MeetingAnswer => ({
  meetingId: 'm1',
  person,
  answer: value,
  givenForStartsAt,
  answeredAt: new Date('2027-01-02T09:00:00Z'),
});

describe('the attendance minutes start from', () => {
  it('is each council person’s current answer: coming → present, digital → digital, declined → absent', () => {
    const attendance = attendanceFromAnswers(council, meeting, [answer(anna, 'coming'), answer(bengt, 'digital'), answer(cecilia, 'declined')]);
    expect(attendance).toEqual({ [anna.aadObjectId]: 'present', [bengt.aadObjectId]: 'digital', [cecilia.aadObjectId]: 'absent' });
  });

  it('leaves unmarked who has not answered, who answered for a time the meeting moved from, and guests', () => {
    const guest = buildPerson({ name: 'Gunilla Sjuksköterska' });
    const attendance = attendanceFromAnswers(council, meeting, [
      answer(david, 'coming', new Date('2027-01-12T12:00:00Z')),
      answer(guest, 'coming'),
      answer(elin, 'digital'),
    ]);
    expect(attendance).toEqual({ [elin.aadObjectId]: 'digital' });
    expect(attendanceFromAnswers(council, meeting, [])).toEqual({});
  });

  it('passes the check of what may be stored (only the council’s people)', () => {
    const attendance = attendanceFromAnswers(council, meeting, [answer(anna, 'coming'), answer(bengt, 'digital')]);
    const people = [...council.managers, ...council.members].map((p) => p.aadObjectId);
    expect(() => checkMinutesContent(emptyContent(attendance), people)).not.toThrow();
  });
});

describe('attendance as stored', () => {
  it('reads minutes written before it said how: true is present, false absent', () => {
    expect(readAttendance({ anna: true, bengt: false })).toEqual({ anna: 'present', bengt: 'absent' });
  });

  it('reads the three modes, and leaves anything else unmarked', () => {
    expect(readAttendance({ anna: 'present', bengt: 'digital', cecilia: 'absent', david: 'maybe', elin: 1, fatima: null })).toEqual({
      anna: 'present',
      bengt: 'digital',
      cecilia: 'absent',
    });
    expect(readAttendance(undefined)).toEqual({});
    expect(readAttendance(['anna'])).toEqual({});
  });

  it('reads whole old content: sections as written, missing ones blank, boolean attendance converted', () => {
    const content = readMinutesContent({ fields: { decisions: 'Fasta fikatider.' }, attendance: { anna: true } });
    expect(content.fields.decisions).toBe('Fasta fikatider.');
    expect(content.fields.other).toBe('');
    expect(content.attendance).toEqual({ anna: 'present' });
    expect(readMinutesContent({})).toEqual(emptyContent());
  });

  it('refuses a mode that is not one of the three, as it refuses a stranger', () => {
    const people = [anna.aadObjectId];
    const refusalOf = (content: MinutesContent): unknown => {
      try {
        checkMinutesContent(content, people);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const odd = { ...emptyContent(), attendance: { [anna.aadObjectId]: 'maybe' } } as unknown as MinutesContent;
    expect(refusalOf(odd)).toMatchObject({ messageKey: 'minutes.unknownPerson' });
    expect(refusalOf(emptyContent({ stranger: 'present' }))).toMatchObject({ messageKey: 'minutes.unknownPerson' });
  });
});

describe('the attendance lists the approved minutes show', () => {
  it('sorts the council in its order into present, digital and absent; unmarked people count as absent', () => {
    const lists = attendanceLists([anna, bengt, cecilia, david], {
      [anna.aadObjectId]: 'present',
      [bengt.aadObjectId]: 'digital',
      [cecilia.aadObjectId]: 'absent',
    });
    expect(lists.present).toEqual([anna]);
    expect(lists.digital).toEqual([bengt]);
    expect(lists.absent).toEqual([cecilia, david]);
  });
});
