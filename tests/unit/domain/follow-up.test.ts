import { checkAssessmentMonth, checkCompletable, missingMonths, monthsBetween, reportingDay } from '../../../bot/src/domain/follow-up';
import { can } from '../../../bot/src/domain/policies';
import { buildActor, buildCouncil, buildPerson } from '../../helpers/factories';
import { thrownBy } from '../../helpers/matchers';

describe('the monthly reporting day (default: the 5th working day)', () => {
  it.each([
    ['2027-03', '2027-03-05'], // Monday 1 March: Mon–Fri
    ['2027-01', '2027-01-11'], // 1 and 6 January are off; trettondagsafton (5 January) is a working day
    ['2027-05', '2027-05-10'], // Saturday 1 May; Ascension Day is Thursday 6 May
    ['2026-12', '2026-12-07'],
  ])('for %s is %s', (month, day) => {
    expect(reportingDay(month)).toBe(day);
  });

  it('can be another working day', () => {
    expect(reportingDay('2027-03', 1)).toBe('2027-03-01');
    expect(reportingDay('2027-03', 10)).toBe('2027-03-12');
  });
});

describe('months of a year', () => {
  it('clips the range to the year', () => {
    expect(monthsBetween(2027, '2026-11', '2027-02')).toEqual(['2027-01', '2027-02']);
    expect(monthsBetween(2027, '2027-11', '2028-03')).toEqual(['2027-11', '2027-12']);
    expect(monthsBetween(2027, '2028-01', '2028-03')).toEqual([]);
    expect(monthsBetween(2027, '2027-05', '2027-04')).toEqual([]);
  });
});

describe('missing monthly assessments', () => {
  const base = { year: 2027, since: '2027-01-10', assessed: new Set<string>() };

  it('counts a month once its reporting day has passed', () => {
    expect(missingMonths({ ...base, today: '2027-03-05' })).toEqual(['2027-01', '2027-02']);
    expect(missingMonths({ ...base, today: '2027-03-08' })).toEqual(['2027-01', '2027-02', '2027-03']);
  });

  it('leaves out assessed months, months before the start and after completion', () => {
    expect(missingMonths({ ...base, today: '2027-06-30', assessed: new Set(['2027-02']), until: '2027-04-20' })).toEqual([
      '2027-01',
      '2027-03',
      '2027-04',
    ]);
    expect(missingMonths({ ...base, since: '2027-05-02', today: '2027-06-30' })).toEqual(['2027-05', '2027-06']);
  });

  it('looks back on a past year as a whole', () => {
    expect(missingMonths({ ...base, since: '2026-03-01', year: 2026, today: '2027-02-01', assessed: new Set(['2026-03', '2026-04']) })).toHaveLength(
      8,
    );
  });
});

describe('assessment months and final reports', () => {
  it('refuses months outside the year and in the future, with the field', () => {
    expect(thrownBy(() => checkAssessmentMonth('2026-12', 2027, '2027-03-10'))).toMatchObject({
      messageKey: 'followUp.month.outsideYear',
      field: 'month',
    });
    expect(thrownBy(() => checkAssessmentMonth('2027-13', 2027, '2027-03-10'))).toMatchObject({ field: 'month' });
    expect(thrownBy(() => checkAssessmentMonth('2027-04', 2027, '2027-03-10'))).toMatchObject({ messageKey: 'followUp.month.future' });
    expect(() => checkAssessmentMonth('2027-03', 2027, '2027-03-10')).not.toThrow();
  });

  it('allows "klarmarkera" only when every activity is done (seed 004, bilaga 2), and once', () => {
    expect(thrownBy(() => checkCompletable({ status: 'ongoing', openActivities: 2 }))).toMatchObject({
      messageKey: 'followUp.complete.activitiesOpen',
      status: 409,
    });
    expect(thrownBy(() => checkCompletable({ status: 'completed', openActivities: 0 }))).toMatchObject({ messageKey: 'followUp.complete.already' });
    expect(() => checkCompletable({ status: 'ongoing', openActivities: 0 })).not.toThrow();
  });
});

describe('who keeps the follow-up', () => {
  const manager = buildPerson({ name: 'Anna Lindqvist' });
  const member = buildPerson({ name: 'Bengt Karlsson' });
  const council = buildCouncil({ managers: [manager], members: [member] });

  it('lets managers manage, council people contribute, members edit only their own activities', () => {
    const staff = buildActor(buildPerson({ name: 'Gustav Berg' }));
    expect(can(buildActor(manager), 'manageFollowUp', council)).toBe(true);
    expect(can(buildActor(member), 'manageFollowUp', council)).toBe(false);
    expect(can(buildActor(member), 'contribute', council)).toBe(true);
    expect(can(staff, 'contribute', council)).toBe(false);
    expect(can(buildActor(member), 'editActivity', { council, responsibleAadObjectId: member.aadObjectId })).toBe(true);
    expect(can(buildActor(member), 'editActivity', { council, responsibleAadObjectId: manager.aadObjectId })).toBe(false);
    expect(can(buildActor(member), 'editActivity', { council })).toBe(false);
    expect(can(buildActor(manager), 'editActivity', { council })).toBe(true);
    expect(can(buildActor(manager, { tenantId: 'another' }), 'manageFollowUp', council)).toBe(false);
  });
});
