import { MORNING } from '../domain/meeting';
import type { Db } from '../store/db';

/**
 * The year's schedule is in place by 31 January (docs/domain.md#the-schedule). In January, from 08:00 local time on a
 * weekday, every active council without a schedule for the year gets a reminder in its channel, once
 * a week (the idempotency key holds the ISO week) until one is saved. One statement: local time, the
 * missing schedule and the week's key are all worked out in SQL, so 30,000 councils cost one round
 * trip. Returns how many reminders were new.
 */
export async function enqueueScheduleReminders(db: Db, now: Date): Promise<number> {
  const month = now.getUTCMonth();
  if (month !== 0 && month !== 11) return 0; // January somewhere on Earth is only possible in Dec–Jan UTC
  const rows = await db.query(
    `with local as (
       select c.id, c.tenant_id, ($1::timestamptz at time zone c.time_zone) as t
         from council c
        where c.status = 'active')
     insert into outbox (tenant_id, idempotency_key, kind, council_id, due_at, status, created_at)
     select l.tenant_id,
            'schedule-reminder:' || l.id || ':' || extract(year from l.t)::int || ':'
              || extract(isoyear from l.t)::int || '-W' || extract(week from l.t)::int,
            'schedule-reminder', l.id, $1, 'pending', $1
       from local l
      where extract(month from l.t) = 1
        and extract(isodow from l.t) between 1 and 5
        and l.t::time >= $2::time
        and not exists (select 1 from schedule s
                         where s.tenant_id = l.tenant_id and s.council_id = l.id and s.year = extract(year from l.t)::int)
     on conflict (tenant_id, idempotency_key) do nothing
     returning id`,
    [now, MORNING],
  );
  return rows.length;
}
