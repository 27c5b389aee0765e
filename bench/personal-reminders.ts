/**
 * Day-before reminders benchmark on PostgreSQL: 3,000 councils × 10 people with a meeting the same
 * day, one person per council having said they cannot come. Measures one planning pass of
 * `enqueuePersonalReminders` (find the meetings due, load councils and answers, apply the rule, insert
 * one outbox row per person) against the same rows inserted by one bare SQL statement in the same run.
 * Budget: ≤ 2 × the bare statement. Checks that a second pass adds nothing (once per person).
 */
import { enqueuePersonalReminders } from '../bot/src/services/personal-reminder-enqueuer';
import { BENCH_TENANT, freshSchema, seedCouncilPeople, seedCouncils } from './seed';

const COUNCILS = 3_000;
const PEOPLE = 10;
/** The meetings start on 16 March 2027 at 13:00 Stockholm time; 08:00 the day before is 07:00Z. */
const MEETING_START = '2027-03-16T12:00:00Z';
const PASS_AT = new Date('2027-03-15T07:30:00Z');

/** What the run measured. */
export interface PersonalReminderResult {
  councils: number;
  enqueued: number;
  enqueueMs: number;
  bareMs: number;
  secondPass: number;
}

export async function personalReminderRun(): Promise<PersonalReminderResult> {
  const schema = await freshSchema('bench_personal');
  const { db } = schema;
  try {
    await seedCouncils(db, COUNCILS, 'http://127.0.0.1:9/');
    await seedCouncilPeople(db, PEOPLE);
    await db.query(
      `insert into meeting (id, tenant_id, council_id, year, starts_at, ends_at, place, online, status, revision, created_at, updated_at)
       select gen_random_uuid(), tenant_id, id, 2027, $1::timestamptz, $1::timestamptz + interval '90 minutes', '', true, 'scheduled', 1, now(), now()
         from council`,
      [MEETING_START],
    );
    await db.query(
      `insert into meeting_answer (tenant_id, meeting_id, aad_object_id, teams_user_id, name, answer, given_for_starts_at, answered_at)
       select m.tenant_id, m.id, p.aad_object_id, p.teams_user_id, p.name, 'declined', m.starts_at, now()
         from meeting m join council_person p on p.tenant_id = m.tenant_id and p.council_id = m.council_id and p.position = 2`,
    );
    await db.query('analyze');

    const t0 = performance.now();
    const enqueued = await enqueuePersonalReminders(db, PASS_AT);
    const enqueueMs = performance.now() - t0;
    const secondPass = await enqueuePersonalReminders(db, PASS_AT);

    // The baseline: the same rows (same indexes and unique key), made by one statement that knows the answer in advance.
    await db.exec('create table outbox_bare (like outbox including all)');
    const t1 = performance.now();
    await db.query(
      `insert into outbox_bare (tenant_id, idempotency_key, kind, council_id, meeting_id, revision, due_at, status, created_at, recipient_aad_object_id)
       select m.tenant_id, 'meeting:' || m.id || ':personal-reminder:1:' || p.aad_object_id, 'personal-reminder', m.council_id, m.id, 1, $1, 'pending', $1,
              p.aad_object_id
         from meeting m join council_person p on p.tenant_id = m.tenant_id and p.council_id = m.council_id and p.position <> 2
        where m.tenant_id = $2`,
      [PASS_AT, BENCH_TENANT],
    );
    const bareMs = performance.now() - t1;
    return { councils: COUNCILS, enqueued, enqueueMs, bareMs, secondPass };
  } finally {
    await schema.drop();
  }
}
