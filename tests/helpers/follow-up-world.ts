import { randomUUID } from 'node:crypto';
import type { Council, Person } from '../../bot/src/domain/council';
import type { Actor } from '../../bot/src/domain/policies';
import { signedLinks, type SignedLinks } from '../../bot/src/services/signed-links';
import { replaceAreaHeads } from '../../bot/src/store/area-repository';
import { insertCouncil } from '../../bot/src/store/council-repository';
import type { Db } from '../../bot/src/store/db';
import { insertActivity, type Activity } from '../../bot/src/store/follow-up-repository';
import {
  findSubAssignment,
  insertSubAssignment,
  updateSubAssignment,
  type NewSubAssignment,
  type SubAssignment,
} from '../../bot/src/store/sub-assignment-repository';
import { openTestDatabase, type Driver, type TestDatabase } from './databases';
import { buildCouncil, buildPerson, TENANT } from './factories';

/** Another organisation: its ids must never reach ours. */
export const OTHER_TENANT = '7e2b3c4d-0000-4000-8000-00000000b002';

/** 10 March 2027, after March's reporting day (5th working day): January to March are due. */
export const NOW = new Date('2027-03-10T08:00:00Z');

/** A clock the test moves by hand. */
export interface TestClock {
  now(): Date;
  set(instant: Date): void;
}

/**
 * One council of a residence in a migrated database, with the people who act on it: its manager, a
 * member, a staff member of the unit who sits in no council, and a manager of another tenant (with a
 * council and work of their own).
 */
export interface FollowUpWorld {
  db: Db;
  clock: TestClock;
  links: SignedLinks;
  council: Council;
  manager: Actor;
  member: Actor;
  staff: Actor;
  foreign: Actor;
  foreignCouncil: Council;
  /** An ongoing improvement work of 2027 on the council. */
  work: SubAssignment;
  foreignWork: SubAssignment;
  drop(): Promise<void>;
}

const actorOf = (person: Person, tenantId = TENANT): Actor => ({
  tenantId,
  aadObjectId: person.aadObjectId,
  teamsUserId: person.teamsUserId,
  name: person.name,
});

/** Opens a fresh follow-up world on `driver` (PGlite or the PostgreSQL of the machine). */
export async function openFollowUpWorld(driver: Driver): Promise<FollowUpWorld> {
  const t: TestDatabase = await openTestDatabase(driver);
  let now = NOW;
  const clock: TestClock = {
    now: () => now,
    set: (instant) => {
      now = instant;
    },
  };
  const council = buildCouncil();
  await insertCouncil(t.db, council);
  const foreignManager = buildPerson({ name: 'Olle Främling' });
  const foreignCouncil = buildCouncil({ tenantId: OTHER_TENANT, managers: [foreignManager] });
  await insertCouncil(t.db, foreignCouncil);
  const world = {
    db: t.db,
    clock,
    links: signedLinks('https://kvalitetsrad.example.invalid', 'a-test-signing-key-of-enough-length'),
    council,
    manager: actorOf(council.managers[0]!),
    member: actorOf(council.members[0]!),
    staff: actorOf(buildPerson({ name: 'Gustav Berg' })),
    foreign: actorOf(foreignManager, OTHER_TENANT),
    foreignCouncil,
    drop: () => t.drop(),
  };
  const work = await addWork(world, { name: 'Lugnare måltider', purpose: 'Oro vid middagen', startsOn: '2027-01-10' });
  const foreignWork = await addWork({ db: t.db, council: foreignCouncil }, { name: 'Annan kommun' });
  return { ...world, work, foreignWork };
}

/** Adds an ongoing improvement work of 2027 to the world's council (or `world.council` given). */
export async function addWork(world: Pick<FollowUpWorld, 'db' | 'council'>, overrides: Partial<NewSubAssignment> = {}): Promise<SubAssignment> {
  const { council } = world;
  const work = await insertSubAssignment(world.db, {
    id: randomUUID(),
    tenantId: council.tenantId,
    councilId: council.id,
    year: 2027,
    kind: 'improvement',
    name: 'Fler promenader',
    purpose: '',
    status: 'ongoing',
    createdAt: new Date('2027-01-10T10:00:00Z'),
    ...overrides,
  });
  return work!;
}

/** Adds an activity to a work of the world's council. */
export async function addActivityTo(world: Pick<FollowUpWorld, 'db'>, work: SubAssignment, overrides: Partial<Activity> = {}): Promise<Activity> {
  const activity = {
    id: randomUUID(),
    tenantId: work.tenantId,
    councilId: work.councilId,
    subAssignmentId: work.id,
    name: 'Fasta fikatider',
    createdAt: new Date('2027-02-01T10:00:00Z'),
    ...overrides,
  };
  await insertActivity(world.db, activity);
  return { ...activity, version: 1 };
}

/** Marks a work completed with a final report, as the final report leaves it (for good examples). */
export async function completeWork(
  world: Pick<FollowUpWorld, 'db'>,
  work: SubAssignment,
  at = new Date('2027-03-01T10:00:00Z'),
): Promise<SubAssignment> {
  await updateSubAssignment(world.db, { ...work, status: 'completed', finalReport: 'Lugnare kvällar.', completedAt: at }, work.version, at);
  return (await findSubAssignment(world.db, work.tenantId, work.id))!;
}

/** Names `head` the area head of the council's area. */
export async function nameAreaHead(world: Pick<FollowUpWorld, 'db' | 'council'>, head: Actor): Promise<void> {
  await replaceAreaHeads(world.db, head.tenantId, world.council.area, [{ aadObjectId: head.aadObjectId, name: head.name }], 'Admin', NOW);
}
