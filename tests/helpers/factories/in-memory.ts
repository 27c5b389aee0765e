import { randomUUID } from 'node:crypto';
import type { Council, Person } from '../../../bot/src/domain/council';
import type { Actor } from '../../../bot/src/domain/policies';

/** The tenant of the test world. */
export const TENANT = '6f1a2b3c-0000-4000-8000-00000000a001';

/** Another municipality's tenant: nothing of it may ever show in `TENANT`. */
export const OTHER_TENANT = '11111111-2222-4333-8444-555555555555';

/** The instant the factories stamp rows with unless told otherwise (a Sunday in November). */
export const FACTORY_NOW = new Date('2026-11-22T10:00:00Z');

/** A team member. */
export function buildPerson(overrides: Partial<Person> = {}): Person {
  const id = randomUUID();
  return { aadObjectId: id, teamsUserId: `29:${id}`, name: 'Bengt Karlsson', ...overrides };
}

/** A signed-in user acting; defaults to `person`'s identity. */
export function buildActor(person: Person = buildPerson(), overrides: Partial<Actor> = {}): Actor {
  return { tenantId: TENANT, aadObjectId: person.aadObjectId, teamsUserId: person.teamsUserId, name: person.name, ...overrides };
}

/** A council of a residence with one manager and five members. */
export function buildCouncil(overrides: Partial<Council> = {}): Council {
  const now = FACTORY_NOW;
  return {
    id: randomUUID(),
    tenantId: TENANT,
    teamId: '19:team-solgarden@thread.tacv2',
    channelId: `19:${randomUUID()}@thread.tacv2`,
    unitName: 'Solgårdens vård- och omsorgsboende',
    area: 'sarskilt-boende',
    timeZone: 'Europe/Stockholm',
    status: 'active',
    managers: [buildPerson({ name: 'Anna Lindqvist' })],
    members: ['Bengt Karlsson', 'Cecilia Ek', 'David Nilsson', 'Elin Svensson', 'Fatima Ali'].map((name) => buildPerson({ name })),
    version: 1,
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
}
