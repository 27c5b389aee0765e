import type { MeetingAnswer } from '../domain/attendance';
import type { AttendanceAnswer } from '../domain/vocabulary';
import type { Db } from './db';

interface AnswerRow {
  [key: string]: unknown;
  meeting_id: string;
  aad_object_id: string;
  teams_user_id: string;
  name: string;
  answer: AttendanceAnswer;
  given_for_starts_at: Date;
  answered_at: Date;
}

const toAnswer = (r: AnswerRow): MeetingAnswer => ({
  meetingId: r.meeting_id,
  person: { aadObjectId: r.aad_object_id, teamsUserId: r.teams_user_id, name: r.name },
  answer: r.answer,
  givenForStartsAt: new Date(r.given_for_starts_at),
  answeredAt: new Date(r.answered_at),
});

/** Stores a person's answer to a meeting, replacing their earlier one; returns whether anything changed. */
export async function saveAnswer(db: Db, tenantId: string, a: MeetingAnswer): Promise<boolean> {
  const rows = await db.query(
    `insert into meeting_answer (tenant_id, meeting_id, aad_object_id, teams_user_id, name, answer, given_for_starts_at, answered_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8)
     on conflict (tenant_id, meeting_id, aad_object_id) do update
       set teams_user_id = excluded.teams_user_id, name = excluded.name, answer = excluded.answer,
           given_for_starts_at = excluded.given_for_starts_at, answered_at = excluded.answered_at
       where meeting_answer.answer <> excluded.answer or meeting_answer.given_for_starts_at <> excluded.given_for_starts_at
     returning meeting_id`,
    [tenantId, a.meetingId, a.person.aadObjectId, a.person.teamsUserId, a.person.name, a.answer, a.givenForStartsAt, a.answeredAt],
  );
  return rows.length > 0;
}

/** A meeting's answers, oldest first. */
export async function listAnswers(db: Db, tenantId: string, meetingId: string): Promise<MeetingAnswer[]> {
  const rows = await db.query<AnswerRow>(
    'select * from meeting_answer where tenant_id = $1 and meeting_id = $2 order by answered_at, aad_object_id',
    [tenantId, meetingId],
  );
  return rows.map(toAnswer);
}

/** Turns a person's personal day-before reminders off or on again. */
export async function setPersonalReminders(db: Db, tenantId: string, aadObjectId: string, on: boolean, at: Date): Promise<void> {
  await db.query(
    `insert into reminder_preference (tenant_id, aad_object_id, personal_off, changed_at) values ($1, $2, $3, $4)
     on conflict (tenant_id, aad_object_id) do update set personal_off = excluded.personal_off, changed_at = excluded.changed_at`,
    [tenantId, aadObjectId, !on, at],
  );
}

/** Of `aadObjectIds`, those who turned personal reminders off. */
export async function personalRemindersOff(db: Db, tenantId: string, aadObjectIds: readonly string[]): Promise<Set<string>> {
  if (aadObjectIds.length === 0) return new Set();
  const rows = await db.query<{ aad_object_id: string }>(
    'select aad_object_id from reminder_preference where tenant_id = $1 and aad_object_id = any($2::text[]) and personal_off',
    [tenantId, aadObjectIds],
  );
  return new Set(rows.map((r) => r.aad_object_id));
}

/** Someone the bot could not reach in personal chat, and why (a reason code, never message text). */
export interface ReachFailure {
  aadObjectId: string;
  name: string;
  reason: string;
  failedAt: Date;
}

/** Records that a person of the council could not be reached personally (the latest reason wins). */
export async function recordReachFailure(db: Db, tenantId: string, councilId: string, f: ReachFailure): Promise<void> {
  await db.query(
    `insert into personal_reach_failure (tenant_id, council_id, aad_object_id, name, reason, failed_at) values ($1, $2, $3, $4, $5, $6)
     on conflict (tenant_id, council_id, aad_object_id) do update set name = excluded.name, reason = excluded.reason, failed_at = excluded.failed_at`,
    [tenantId, councilId, f.aadObjectId, f.name, f.reason, f.failedAt],
  );
}

/** A person was reached personally again: they are no longer listed as unreachable. */
export async function clearReachFailure(db: Db, tenantId: string, councilId: string, aadObjectId: string): Promise<void> {
  await db.query('delete from personal_reach_failure where tenant_id = $1 and council_id = $2 and aad_object_id = $3', [
    tenantId,
    councilId,
    aadObjectId,
  ]);
}

/** The council's people who could not be reached personally, by name. */
export async function listReachFailures(db: Db, tenantId: string, councilId: string): Promise<ReachFailure[]> {
  const rows = await db.query<{ aad_object_id: string; name: string; reason: string; failed_at: Date }>(
    'select * from personal_reach_failure where tenant_id = $1 and council_id = $2 order by name',
    [tenantId, councilId],
  );
  return rows.map((r) => ({ aadObjectId: r.aad_object_id, name: r.name, reason: r.reason, failedAt: new Date(r.failed_at) }));
}

/** The answers of many meetings (a job's planning), each row with its tenant. */
export async function listAnswersOfMeetings(db: Db, meetingIds: readonly string[]): Promise<(MeetingAnswer & { tenantId: string })[]> {
  if (meetingIds.length === 0) return [];
  const rows = await db.query<AnswerRow & { tenant_id: string }>('select * from meeting_answer where meeting_id = any($1::uuid[])', [meetingIds]);
  return rows.map((r) => ({ ...toAnswer(r), tenantId: r.tenant_id }));
}

/** Of the given people (tenant, Entra id), those who turned personal reminders off, as `tenant/id` keys. */
export async function personalRemindersOffAmong(db: Db, people: readonly { tenantId: string; aadObjectId: string }[]): Promise<Set<string>> {
  if (people.length === 0) return new Set();
  const rows = await db.query<{ tenant_id: string; aad_object_id: string }>(
    `select r.tenant_id, r.aad_object_id from reminder_preference r
       join unnest($1::text[], $2::text[]) as p(t, a) on r.tenant_id = p.t and r.aad_object_id = p.a
      where r.personal_off`,
    [people.map((p) => p.tenantId), people.map((p) => p.aadObjectId)],
  );
  return new Set(rows.map((r) => `${r.tenant_id}/${r.aad_object_id}`));
}
