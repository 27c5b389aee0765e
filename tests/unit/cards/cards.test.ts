import * as AC from 'adaptivecards';
import { formValuesOf, renderCouncilFormCard } from '../../../bot/src/cards/council-form-card';
import { renderCouncilSummaryCard } from '../../../bot/src/cards/council-summary-card';
import { renderHelpCard } from '../../../bot/src/cards/help-card';
import type { AdaptiveCard } from '../../../bot/src/cards/render';
import { renderWelcomeCard } from '../../../bot/src/cards/welcome-card';
import { renderAssessmentCard } from '../../../bot/src/cards/assessment-card';
import { renderAgendaCard, renderInvitationCard } from '../../../bot/src/cards/meeting-cards';
import { renderScheduleFormCard } from '../../../bot/src/cards/schedule-form-card';
import { renderScheduleReminderCard } from '../../../bot/src/cards/schedule-reminder-card';
import { renderScheduleSummaryCard } from '../../../bot/src/cards/schedule-summary-card';
import { renderMinutesCard } from '../../../bot/src/cards/minutes-card';
import { renderProposalCard } from '../../../bot/src/cards/proposal-card';
import { renderProposalFormCard } from '../../../bot/src/cards/proposal-form-card';
import { renderProposalListCard } from '../../../bot/src/cards/proposal-list-card';
import { renderProposalReceiptCard } from '../../../bot/src/cards/proposal-receipt-card';
import type { Person } from '../../../bot/src/domain/council';
import type { Meeting } from '../../../bot/src/domain/meeting';
import { emptyContent, MINUTES_FIELD_MAX, MinutesFields, type Minutes } from '../../../bot/src/domain/minutes';
import type { Proposal } from '../../../bot/src/domain/proposal';
import { translator } from '../../../bot/src/i18n';
import { buildCouncil } from '../../helpers/factories';
import { textOf } from '../../helpers/teams-world';

const sv = translator('sv');
const en = translator('en');
const council = buildCouncil();

/** Parses a card with Microsoft's adaptivecards library and returns what it found wrong. */
function problemsOf(card: AdaptiveCard): string[] {
  const context = new AC.SerializationContext(new AC.Version(1, 5));
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  const problems = context.eventCount > 0 ? Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message) : [];
  for (const event of parsed.validateProperties().validationEvents) problems.push(event.message);
  return problems;
}

const assessmentCard = {
  tr: sv,
  unitName: 'Solgården',
  councilId: council.id,
  month: '2027-03',
  monthLabel: 'mars 2027',
  tabUrl: 'https://kvalitetsrad.example.se/tab/',
  rows: [
    { id: council.id, name: 'Kvalitetsråd', previous: { month: '2027-02', status: 'on_track' as const } },
    { id: 'w1', name: 'Lugnare måltider', status: 'off_track' as const, comment: 'Personalbrist' },
  ],
};

const meeting: Meeting = {
  id: '00000000-0000-4000-8000-00000000f001',
  tenantId: council.tenantId,
  councilId: council.id,
  year: 2027,
  startsAt: new Date('2027-04-13T11:00:00Z'),
  endsAt: new Date('2027-04-13T12:30:00Z'),
  place: 'Personalrummet',
  online: true,
  status: 'scheduled',
  revision: 1,
  invitationActivityId: undefined,
};
const meetingCard = {
  tr: sv,
  locale: 'sv' as const,
  unitName: 'Solgården',
  zone: 'Europe/Stockholm',
  meeting,
  calendarUrl: 'https://example.org/x.ics',
};
const scheduleForm = {
  tr: sv,
  locale: 'sv' as const,
  unitName: 'Solgården',
  zone: 'Europe/Stockholm',
  year: 2027,
  proposed: true,
  deadlinePassed: false,
  values: { weekday: 2, slotStart: '13:00', slotEnd: '14:30', invitationLeadDays: 30, teamsLink: '' },
  held: [],
  rows: [{ date: '2027-01-12', start: '13:00', end: '14:30', place: '', online: true, removed: false }],
};

const proposal: Proposal = {
  id: '00000000-0000-4000-8000-00000000e001',
  tenantId: council.tenantId,
  councilId: council.id,
  number: 7,
  title: 'Fler sittplatser',
  problem: 'Många orkar inte gå hela slingan.',
  improvement: 'Fler kommer ut',
  source: 'staff',
  anonymous: true,
  status: 'open',
  supportCount: 3,
  version: 1,
  createdAt: new Date('2026-11-20T09:00:00Z'),
};
const proposalCard = { tr: sv, locale: 'sv' as const, zone: 'Europe/Stockholm', unitName: 'Solgården', proposal, managerIds: ['29:anna'] };
const declined = {
  ...proposal,
  status: 'declined' as const,
  reason: 'Budgeten räcker inte i år',
  decidedByName: 'Anna',
  decidedAt: new Date('2026-11-21T09:00:00Z'),
};

const minutes: Minutes = {
  id: '00000000-0000-4000-8000-00000000d001',
  tenantId: council.tenantId,
  councilId: council.id,
  meetingId: meeting.id,
  heldAt: meeting.startsAt,
  status: 'draft',
  version: 4,
  createdAt: meeting.startsAt,
  updatedAt: meeting.startsAt,
  content: {
    fields: { ...emptyContent().fields, decisions: 'Fasta fikatider i fyra veckor.' },
    attendance: { [council.members[0]!.aadObjectId]: 'present', [council.members[1]!.aadObjectId]: 'digital' },
  },
};
const fullMinutes: Minutes = {
  ...minutes,
  content: {
    ...minutes.content,
    fields: Object.fromEntries(MinutesFields.map((f) => [f, 'å'.repeat(MINUTES_FIELD_MAX)])) as Minutes['content']['fields'],
  },
};
const approvedMinutes: Minutes = { ...minutes, status: 'approved', approvedByName: 'Anna Lindqvist', approvedAt: new Date('2027-04-14T08:00:00Z') };
const minutesCard = {
  tr: sv,
  locale: 'sv' as const,
  council,
  minutes,
  links: { download: 'https://example.org/m.docx', showAll: 'https://example.org/m.html' },
  context: {
    previous: { heldAt: new Date('2027-03-09T12:00:00Z'), decisions: 'Nya larmrutiner.' },
    openProposals: ['3. Fler sittplatser'],
    ongoingWorks: ['Bättre överrapportering'],
    nextMeeting: new Date('2027-05-11T11:00:00Z'),
  },
};

const cards: [string, AdaptiveCard][] = [
  ['minutes (reader)', renderMinutesCard({ ...minutesCard, view: 'reader' })],
  [
    'minutes (member, conflict)',
    renderMinutesCard({ ...minutesCard, view: 'member', notice: { text: 'Krock', tone: 'warning' }, mine: { decisions: 'Min text' } }),
  ],
  ['minutes (manager, every section full)', renderMinutesCard({ ...minutesCard, minutes: fullMinutes, view: 'manager' })],
  ['minutes (approved, English)', renderMinutesCard({ ...minutesCard, tr: en, locale: 'en', minutes: approvedMinutes, view: 'manager' })],
  [
    'minutes (correcting, with a correction)',
    renderMinutesCard({
      ...minutesCard,
      minutes: approvedMinutes,
      view: 'manager',
      correcting: true,
      reason: 'Fel datum',
      corrections: [{ version: 5, byName: 'Anna', at: new Date('2027-04-15T08:00:00Z'), reason: 'Stavfel' }],
    }),
  ],
  ['proposal (everyone)', renderProposalCard({ ...proposalCard, view: { kind: 'everyone' } })],
  [
    'proposal (manager, refused reason)',
    renderProposalCard({ ...proposalCard, view: { kind: 'manager', supported: true, reason: 'x', error: 'Skriv varför' } }),
  ],
  [
    'proposal (parked, manager)',
    renderProposalCard({
      ...proposalCard,
      proposal: { ...proposal, status: 'parked', reason: 'Senare', decidedByName: 'Anna', decidedAt: new Date() },
      view: { kind: 'manager', supported: false },
    }),
  ],
  [
    'proposal (declined, person)',
    renderProposalCard({
      ...proposalCard,
      tr: en,
      locale: 'en',
      proposal: declined,
      view: { kind: 'person', supported: false },
      notice: 'Already declined',
    }),
  ],
  [
    'proposal form (refused)',
    renderProposalFormCard(sv, 'Solgården', { title: 'T', problem: 'P', improvement: '', source: 'deviation', anonymous: true }, 'Fel'),
  ],
  ['proposal receipt', renderProposalReceiptCard(sv, proposal)],
  [
    'proposal list',
    renderProposalListCard({
      tr: sv,
      locale: 'sv',
      zone: 'Europe/Stockholm',
      unitName: 'Solgården',
      proposals: [proposal, { ...proposal, status: 'parked' }],
    }),
  ],
  ['proposal list (empty)', renderProposalListCard({ tr: en, locale: 'en', zone: 'Europe/Stockholm', unitName: 'Solgården', proposals: [] })],
  ['agenda with proposals', renderAgendaCard({ ...meetingCard, added: [], proposals: [proposal, declined] })],
  ['invitation', renderInvitationCard({ ...meetingCard, teamsLink: 'https://teams.microsoft.com/l/meetup-join/x', late: true })],
  ['invitation (moved)', renderInvitationCard({ ...meetingCard, meeting: { ...meeting, revision: 2, invitationActivityId: 'a1' } })],
  ['invitation (cancelled)', renderInvitationCard({ ...meetingCard, meeting: { ...meeting, status: 'cancelled', revision: 2 } })],
  [
    'agenda',
    renderAgendaCard({ ...meetingCard, added: [{ id: 'i1', meetingId: meeting.id, text: 'Nya rutiner för nattpatrullen', addedAt: new Date() }] }),
  ],
  ['schedule (proposal)', renderScheduleFormCard(scheduleForm)],
  [
    'schedule (saved, refused)',
    renderScheduleFormCard({ ...scheduleForm, proposed: false, version: 2, held: [meeting], error: 'Fel', deadlinePassed: true }),
  ],
  [
    'schedule summary',
    renderScheduleSummaryCard({
      tr: en,
      locale: 'en',
      unitName: 'Solgården',
      zone: 'Europe/Stockholm',
      year: 2027,
      meetings: [meeting, { ...meeting, status: 'cancelled' }],
      invitationLeadDays: 30,
      deadlinePassed: true,
      savedByName: 'Anna',
      failed: ['Invitation: 403'],
    }),
  ],
  ['schedule reminder', renderScheduleReminderCard(sv, 'Solgården', 2027)],
  ['welcome', renderWelcomeCard(sv)],
  ['help', renderHelpCard(sv, 'blomkål')],
  ['form (new)', renderCouncilFormCard(sv, { people: [...council.managers, ...council.members], values: {} })],
  ['form (edit, refused)', renderCouncilFormCard(sv, { council, people: council.members, values: formValuesOf(council), error: 'Fel' })],
  ['summary', renderCouncilSummaryCard(sv, council, { savedBy: 'Sparat av Anna.' })],
  ['assessment (to fill in, refused)', renderAssessmentCard({ ...assessmentCard, error: 'Välj en status.' })],
  ['assessment (saved, English)', renderAssessmentCard({ ...assessmentCard, tr: en, savedBy: 'Anna', more: 3 })],
];

describe('cards', () => {
  it('puts one status and one comment per row in the assessment card, the symbol beside the words', () => {
    const card = renderAssessmentCard(assessmentCard);
    const json = JSON.stringify(card);
    expect(json).toContain('"id":"status.w1"');
    expect(json).toContain('"id":"comment.w1"');
    expect(json).toContain('"title":"🟡 Delvis enligt plan","value":"partly"');
    expect(textOf(card)).toContain('Förra bedömningen: 🟢 Enligt plan');
    expect(textOf(renderAssessmentCard({ ...assessmentCard, savedBy: 'Anna' }))).toContain('🔴 Ej enligt plan – Personalbrist');
  });

  it.each(cards)('%s is a valid Adaptive Card 1.5 with no unexpanded template left', (_name, card) => {
    expect(card.version).toBe('1.5');
    expect(problemsOf(card)).toEqual([]);
    expect(JSON.stringify(card)).not.toContain('${');
  });

  it('would notice a broken card (the check can fail)', () => {
    const broken = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Input.Text' }, { type: 'Blink' }] } as AdaptiveCard;
    expect(problemsOf(broken).length).toBeGreaterThan(0);
  });

  it('acts through Action.Execute (Universal Actions) or opens a link, never the legacy Action.Submit', () => {
    for (const [, card] of cards) {
      const types = JSON.stringify(card).match(/"type":"Action\.\w+"/g) ?? [];
      for (const type of types) expect(['"type":"Action.Execute"', '"type":"Action.OpenUrl"']).toContain(type);
    }
  });

  it('shows the invitation the way the channel reads it: time, place, agenda, calendar link', () => {
    const text = textOf(renderInvitationCard({ ...meetingCard, late: true }));
    expect(text).toContain('Kallelse: Kvalitetsråd – Solgården');
    expect(text).toContain('tisdag 13 april 2027, kl. 13:00–14:30');
    expect(text).toContain('Personalrummet');
    expect(text).toContain('1. Deltagarnas egna punkter');
    expect(text).toContain('Kallelsen skickas sent');
    expect(text).toContain('Lägg till i kalendern');
    expect(textOf(renderInvitationCard({ ...meetingCard, meeting: { ...meeting, status: 'cancelled', revision: 2 } }))).toContain('INSTÄLLT');
  });

  it('shows a proposal to everyone without triage, and to managers with it (refresh for their user ids)', () => {
    const everyone = renderProposalCard({ ...proposalCard, view: { kind: 'everyone' } });
    expect(everyone.refresh).toEqual({
      action: { type: 'Action.Execute', verb: 'proposal.refresh', data: { proposalId: proposal.id } },
      userIds: ['29:anna'],
    });
    expect(textOf(everyone)).toContain('Lämnat av\nAnonymt');
    expect(textOf(everyone)).toContain('3 stöder förslaget');
    expect(textOf(everyone)).not.toContain('Acceptera');
    const manager = renderProposalCard({ ...proposalCard, view: { kind: 'manager', supported: false } });
    expect(textOf(manager)).toMatch(/Acceptera[\s\S]*Parkera[\s\S]*Avslå/);
    const decidedText = textOf(renderProposalCard({ ...proposalCard, proposal: declined, view: { kind: 'everyone' } }));
    expect(decidedText).toContain('Skäl: Budgeten räcker inte i år');
    expect(decidedText).not.toContain('Jag stöder förslaget');
    expect(textOf(renderAgendaCard({ ...meetingCard, added: [], proposals: [proposal, declined] }))).toContain(
      'Förslag 7: Fler sittplatser (3 stöder)',
    );
  });

  it('shows the minutes by role: readers read, members save, managers also approve; approved minutes are locked', () => {
    const reader = renderMinutesCard({ ...minutesCard, view: 'reader' });
    expect(textOf(reader)).toContain('Fasta fikatider i fyra veckor.');
    expect(textOf(reader)).toContain('Skriv i anteckningarna');
    expect(textOf(reader)).not.toContain('Spara');
    expect((reader.refresh as { userIds: string[] }).userIds).toHaveLength(6);
    const member = textOf(renderMinutesCard({ ...minutesCard, view: 'member' }));
    expect(member).toContain('Spara');
    expect(member).not.toContain('Godkänn');
    expect(member).toContain('Beslut förra träffen (tisdag 9 mars 2027, 13:00)');
    expect(member).toContain('3. Fler sittplatser');
    expect(textOf(renderMinutesCard({ ...minutesCard, view: 'manager' }))).toMatch(/Spara[\s\S]*Godkänn[\s\S]*Begär ändring/);
    const approved = renderMinutesCard({ ...minutesCard, minutes: approvedMinutes, view: 'manager' });
    expect(approved.refresh).toBeUndefined();
    expect(textOf(approved)).toContain('Godkända av Anna Lindqvist onsdag 14 april 2027, 10:00');
    expect(textOf(approved)).not.toContain('Spara');
  });

  it('lets the council mark per person På plats / Digitalt / Frånvarande, and shows readers who attended and how', () => {
    const [first, second] = council.members as [Person, Person];
    const inputs: { id: string; label: string; value: string; choices: { title: string; value: string }[] }[] = [];
    const walk = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      const element = node as { type?: string; id?: string };
      if (element.type === 'Input.ChoiceSet' && element.id?.startsWith('attendance.')) inputs.push(node as (typeof inputs)[number]);
      Object.values(node).forEach(walk);
    };
    walk(renderMinutesCard({ ...minutesCard, view: 'member' }));
    expect(inputs).toHaveLength(council.managers.length + council.members.length);
    expect(inputs.find((i) => i.id === `attendance.${first.aadObjectId}`)).toMatchObject({ label: first.name, value: 'present' });
    expect(inputs.find((i) => i.id === `attendance.${second.aadObjectId}`)).toMatchObject({ value: 'digital' });
    expect(inputs.find((i) => i.id === `attendance.${council.managers[0]!.aadObjectId}`)).toMatchObject({ value: '' });
    expect(inputs[0]!.choices.map((c) => c.title)).toEqual(['På plats', 'Digitalt', 'Frånvarande']);

    const reader = textOf(renderMinutesCard({ ...minutesCard, minutes: approvedMinutes, view: 'reader' }));
    expect(reader).toContain(`Närvarande\n${first.name}, ${second.name} (digitalt)\nFrånvarande\n${council.managers[0]!.name}, `);
    const english = textOf(renderMinutesCard({ ...minutesCard, tr: en, locale: 'en', minutes: approvedMinutes, view: 'reader' }));
    expect(english).toContain(`${second.name} (digitally)`);
  });

  it('stays under 80 KB with every section at its limit, and cuts long text for readers with "Visa allt"', () => {
    for (const view of ['reader', 'member', 'manager'] as const) {
      expect(Buffer.byteLength(JSON.stringify(renderMinutesCard({ ...minutesCard, minutes: fullMinutes, view })))).toBeLessThan(80 * 1024);
    }
    const reader = renderMinutesCard({ ...minutesCard, minutes: fullMinutes, view: 'reader' });
    expect(textOf(reader)).toContain(`${'å'.repeat(1200)} …`);
    expect(textOf(reader)).toContain('Visa allt');
  });

  it('speaks Swedish first and English when asked', () => {
    expect(textOf(renderWelcomeCard(sv))).toContain('Starta kvalitetsråd');
    expect(textOf(renderWelcomeCard(en))).toContain('Set up the quality council');
  });

  it('keeps the values typed into a refused form', () => {
    const card = renderCouncilFormCard(sv, {
      people: council.members,
      values: { unitName: 'Solgården', area: 'hemvard', timeZone: 'Europe/Stockholm', managerIds: ['m1', 'm2'], memberIds: ['x'] },
      error: 'Välj minst en enhetschef som leder rådet.',
    });
    const inputs = Object.fromEntries(
      (card.body as { id?: string; value?: string }[]).filter((e) => e.id).map((e): [string, string | undefined] => [e.id!, e.value]),
    );
    expect(inputs).toEqual({ unitName: 'Solgården', area: 'hemvard', timeZone: 'Europe/Stockholm', managerIds: 'm1,m2', memberIds: 'x' });
    expect(textOf(card)).toContain('Välj minst en enhetschef');
  });

  it('shows the council to everyone: area, managers, members and size advice', () => {
    const small = { ...council, members: council.members.slice(0, 2) };
    const text = textOf(renderCouncilSummaryCard(sv, small));
    expect(text).toContain('Särskilt boende');
    expect(text).toContain('Anna Lindqvist');
    expect(text).toContain('3 personer');
    expect(text).toContain('färre än 6 deltagare');
    expect(textOf(renderCouncilSummaryCard(sv, { ...council, status: 'inactive' }))).toContain('vilande');
  });
});
