import { isoWeekOf, localPartsOf } from '../domain/local-time';
import { MORNING, scheduleReminderKey } from '../domain/meeting';
import type { Db } from '../store/db';
import { enqueuePosts, type NewPost } from '../store/outbox-repository';

/**
 * Seed 004: the year's schedule exists before 31 January. In January, from 08:00 local time on a
 * weekday, every active council without a schedule for the year gets a reminder in its channel,
 * once a week (the idempotency key holds the ISO week) until one is saved. Returns how many were new.
 */
export async function enqueueScheduleReminders(db: Db, now: Date): Promise<number> {
  const month = now.getUTCMonth();
  if (month !== 0 && month !== 11) return 0; // January somewhere on Earth is only possible in Dec–Jan UTC
  const candidates = await db.query<{ id: string; tenant_id: string; time_zone: string; year: number }>(
    `select c.id, c.tenant_id, c.time_zone, y.year
       from council c
       cross join (values ($1::int), ($1::int + 1)) as y(year)
      where c.status = 'active'
        and not exists (select 1 from schedule s where s.tenant_id = c.tenant_id and s.council_id = c.id and s.year = y.year)`,
    [now.getUTCFullYear()],
  );
  const posts: NewPost[] = [];
  for (const council of candidates) {
    const local = localPartsOf(now, council.time_zone);
    if (Number(local.date.slice(0, 4)) !== council.year || local.date.slice(5, 7) !== '01') continue;
    if (local.weekday > 5 || local.time < MORNING) continue;
    const { weekYear, week } = isoWeekOf(local.date);
    posts.push({
      tenantId: council.tenant_id, key: scheduleReminderKey(council.id, council.year, weekYear, week),
      kind: 'schedule-reminder', councilId: council.id, dueAt: now,
    });
  }
  return enqueuePosts(db, posts, now);
}
