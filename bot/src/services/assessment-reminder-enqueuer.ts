import { DEFAULT_TIME_ZONE } from '../domain/council';
import { DEFAULT_REPORTING_WORKDAY, monthOf, reportingDay } from '../domain/follow-up';
import { localPartsOf } from '../domain/local-time';
import { MORNING } from '../domain/meeting';
import type { Db } from '../store/db';

/**
 * The reporting day (docs/domain.md#reporting-day): the assignment, its sub-assignments and activities are assessed
 * every month. From 08:00 local time on the month's reporting day (the `workday`th working day), every active
 * council with an ongoing sub-assignment that year gets the assessment card in its channel, once per
 * month (the idempotency key holds the month). One statement for all councils. Returns how many
 * reminders were new.
 */
export async function enqueueAssessmentReminders(db: Db, now: Date, workday = DEFAULT_REPORTING_WORKDAY): Promise<number> {
  // Swedish councils share the calendar; the reporting day is a date, the morning each council's own.
  const month = monthOf(localPartsOf(now, DEFAULT_TIME_ZONE).date);
  const day = reportingDay(month, workday);
  const rows = await db.query(
    `insert into outbox (tenant_id, idempotency_key, kind, council_id, due_at, status, created_at)
     select c.tenant_id, 'assessment-reminder:' || c.id || ':' || $3, 'assessment-reminder', c.id,
            ($2::date + $4::time) at time zone c.time_zone, 'pending', $1
       from council c
      where c.status = 'active'
        and ($1::timestamptz at time zone c.time_zone) >= ($2::date + $4::time)
        and exists (select 1 from sub_assignment s
                     where s.tenant_id = c.tenant_id and s.council_id = c.id and s.year = $5 and s.status = 'ongoing')
     on conflict (tenant_id, idempotency_key) do nothing
     returning id`,
    [now, day, month, MORNING, Number(month.slice(0, 4))],
  );
  return rows.length;
}
