import type { Actor } from '../domain/policies';
import { setPersonalReminders } from '../store/attendance-repository';
import type { Db } from '../store/db';
import type { Clock } from './ports';

/** What `setOwnPersonalReminders` needs. */
export interface SetOwnPersonalRemindersProps {
  db: Db;
  clock: Clock;
  /** The person pressing: a person can only ever change their own reminders (the id is never taken from the card). */
  actor: Actor;
  on: boolean;
}

/** "Stäng av / Slå på personliga påminnelser": the actor's own day-before reminders in personal chat. */
export async function setOwnPersonalReminders(props: SetOwnPersonalRemindersProps): Promise<void> {
  const { db, clock, actor, on } = props;
  await setPersonalReminders(db, actor.tenantId, actor.aadObjectId, on, clock.now());
}
