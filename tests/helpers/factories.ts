/**
 * Test data factories. Two kinds, named by what they do:
 *
 * - `buildX(overrides)`: an in-memory domain object, nothing stored (`buildCouncil`, `buildPerson`,
 *   `buildActor`, `buildMinutesContent`).
 * - `createX(db, overrides)`: async; writes through the real repositories of `bot/src/store/` (never raw
 *   SQL, never a mock of the store) and returns the entity as the repository reads it back. A parent
 *   not given in `overrides` is created with its defaults: `createMinutes(db)` makes a council and a
 *   meeting, `createActivity(db)` a council and a sub-assignment. To put rows in another tenant, create
 *   the council there (`createCouncil(db, { tenantId: OTHER_TENANT })`) and pass it on.
 *
 * Defaults are Solgårdens vård- och omsorgsboende in 2027 with its manager Anna Lindqvist and five
 * members; no text holds a personnummer (docs/domain.md#privacy).
 */
export * from './factories/in-memory';
export * from './factories/council';
export * from './factories/schedule';
export * from './factories/minutes';
export * from './factories/proposal';
export * from './factories/follow-up';
