/**
 * Answer burst of `npm run bench`: 60 people of one council press "Jag kommer" / "Jag deltar
 * digitalt" / "Jag kan inte" on the same invitation within one second. Every press must be answered
 * with the presser's own card; the invoke's p99 is compared with the p99 of 60 "hjälp" messages sent
 * the same way in the same run; and the shared card must be updated in place only once or twice (the
 * coalesced update through the outbox), keeping the thread far inside Teams' 7 messages per second.
 */
import { randomUUID } from 'node:crypto';
import type { Council, Person } from '../bot/src/domain/council';
import { insertCouncil } from '../bot/src/store/council-repository';
import { saveReference } from '../bot/src/store/installation-repository';
import { insertMeeting, setInvitationActivity } from '../bot/src/store/schedule-repository';
import { openSeedStore } from './seed';

/** People pressing at once. */
export const BURST_PEOPLE = 60;
const TENANT = '00000000-0000-4000-8000-00000000a0b1';
const CHANNEL = '19:kvalitetsrad-burst@thread.tacv2';
const INVITATION = 'invitation-burst';
const ANSWERS = ['coming', 'digital', 'declined'] as const;

/** The seeded council's people and meeting. */
export interface BurstWorld {
  people: Person[];
  meetingId: string;
}

/** Seeds one council of 60 (one manager), its channel reference and a meeting in a month whose invitation is in the channel. */
export async function seedBurst(dataDir: string, serviceUrl: string): Promise<BurstWorld> {
  const { db, done } = await openSeedStore({ dataDir });
  const now = new Date();
  const people = Array.from({ length: BURST_PEOPLE }, (_, n) => ({
    aadObjectId: randomUUID(),
    teamsUserId: `29:burst-${n}`,
    name: `Medarbetare ${n}`,
  }));
  const council: Council = {
    id: randomUUID(),
    tenantId: TENANT,
    teamId: '19:team-burst@thread.tacv2',
    channelId: CHANNEL,
    unitName: 'Solgården',
    area: 'sarskilt-boende',
    timeZone: 'Europe/Stockholm',
    status: 'active',
    managers: people.slice(0, 1),
    members: people.slice(1),
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  await insertCouncil(db, council);
  await saveReference(db, {
    tenantId: TENANT,
    conversationId: CHANNEL,
    kind: 'channel',
    teamId: council.teamId,
    name: 'Kvalitetsråd',
    updatedAt: now,
    reference: {
      serviceUrl,
      channelId: 'msteams',
      bot: { id: '28:kvalitetsrad-bot' },
      conversation: { id: CHANNEL, conversationType: 'channel', isGroup: true, tenantId: TENANT },
    },
  });
  const startsAt = new Date(now.getTime() + 30 * 24 * 3600_000);
  const meetingId = randomUUID();
  await insertMeeting(
    db,
    {
      id: meetingId,
      tenantId: TENANT,
      councilId: council.id,
      year: startsAt.getUTCFullYear(),
      startsAt,
      endsAt: new Date(startsAt.getTime() + 90 * 60_000),
      place: 'Personalrummet',
      online: true,
      status: 'scheduled',
      revision: 1,
      invitationActivityId: INVITATION,
    },
    now,
  );
  await setInvitationActivity(db, TENANT, meetingId, INVITATION);
  await done();
  return { people, meetingId };
}

const base = (serviceUrl: string, person: Person) => ({
  id: randomUUID(),
  channelId: 'msteams',
  serviceUrl,
  locale: 'sv-SE',
  from: { id: person.teamsUserId, name: person.name, aadObjectId: person.aadObjectId },
  recipient: { id: '28:kvalitetsrad-bot', name: 'Kvalitetsråd' },
  conversation: { id: `${CHANNEL};messageid=${INVITATION}`, conversationType: 'channel', isGroup: true, tenantId: TENANT },
  channelData: { tenant: { id: TENANT }, team: { id: '19:team-burst@thread.tacv2' }, channel: { id: CHANNEL } },
});

/** The n-th person's press on the invitation; `round` shifts which answer each gives, so every round changes all of them. */
export function answerInvoke(serviceUrl: string, world: BurstWorld, n: number, round = 0): string {
  const person = world.people[n % world.people.length]!;
  return JSON.stringify({
    ...base(serviceUrl, person),
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId: INVITATION,
    value: {
      action: { type: 'Action.Execute', verb: 'meeting.answer', data: { meetingId: world.meetingId, answer: ANSWERS[(n + round) % ANSWERS.length] } },
    },
  });
}

/** The n-th person's "@Kvalitetsråd hjälp" in the channel: the baseline turn. */
export function helpMessage(serviceUrl: string, world: BurstWorld, n: number): string {
  const person = world.people[n % world.people.length]!;
  return JSON.stringify({ ...base(serviceUrl, person), type: 'message', text: '<at>Kvalitetsråd</at> hjälp' });
}

/** Sends `bodies` spread evenly over one second; returns each request's latency (ms) and whether it was answered 200 with a card. */
export async function burst(port: number, bodies: string[]): Promise<{ latencies: number[]; answered: number }> {
  const gap = 1000 / bodies.length;
  const results = await Promise.all(
    bodies.map(async (body, i) => {
      await new Promise((resolve) => setTimeout(resolve, i * gap));
      const t0 = performance.now();
      const response = await fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      const text = await response.text();
      const ms = performance.now() - t0;
      return { ms, ok: response.status === 200 && (text === '' || !text.includes('application/vnd.microsoft.error')) };
    }),
  );
  return { latencies: results.map((r) => r.ms), answered: results.filter((r) => r.ok).length };
}

/** The p-th percentile of `values`. */
export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
