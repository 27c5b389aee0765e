import type { Council } from './council';
import { ForbiddenError } from './errors';

/** Who is acting: a signed-in Teams user of one tenant. Never taken from card data. */
export interface Actor {
  tenantId: string;
  aadObjectId: string;
  teamsUserId: string;
  name: string;
}

/** The channel a council is (or would be) set up in. */
export interface ChannelScope {
  tenantId: string;
  teamId: string;
  channelId: string;
}

function isManager(actor: Actor, council: Council): boolean {
  return actor.tenantId === council.tenantId && council.managers.some((m) => m.aadObjectId === actor.aadObjectId);
}

function isCouncilPerson(actor: Actor, council: Council): boolean {
  return isManager(actor, council) || (actor.tenantId === council.tenantId && council.members.some((m) => m.aadObjectId === actor.aadObjectId));
}

const councilRules = {
  /** Everyone of the tenant who reaches the council's channel reads it (minutes are for all staff: docs/domain.md#roles). */
  view: (actor: Actor, council: Council) => actor.tenantId === council.tenantId,
  /** Only the council's managers change it (the manager leads and appoints: docs/domain.md#membership). */
  update: (actor: Actor, council: Council) => isManager(actor, council),
  /** Only managers lay out the year's schedule and move or cancel meetings (docs/domain.md#the-schedule). */
  plan: (actor: Actor, council: Council) => isManager(actor, council),
  /** Any staff member of the unit may propose an improvement and support others' proposals (docs/domain.md#proposals). */
  propose: (actor: Actor, council: Council) => actor.tenantId === council.tenantId && council.status === 'active',
  /** Only managers accept, park, decline or take up proposals again. */
  triage: (actor: Actor, council: Council) => isManager(actor, council),
  /** The council's members and managers write the minutes during the meeting; everyone else reads them. */
  writeMinutes: (actor: Actor, council: Council) => isCouncilPerson(actor, council) && council.status === 'active',
  /** A manager approves the minutes (and corrects approved ones, with a reason). */
  approveMinutes: (actor: Actor, council: Council) => isManager(actor, council),
  /** Managers keep the Stratsys follow-up: edit sub-assignments, assess monthly, final-report, export (docs/domain.md#the-stratsys-workflow). */
  manageFollowUp: (actor: Actor, council: Council) => isManager(actor, council),
  /** The council's members and managers see the team's people (Microsoft 365) to pick from, and the team calendar's state. */
  readTeam: (actor: Actor, council: Council) => isCouncilPerson(actor, council),
  /**
   * Anyone of the team may answer a meeting's invitation: the council's people, and guests such as
   * other professions invited for a work (docs/domain.md#membership).
   */
  answerInvitation: (actor: Actor, council: Council) => actor.tenantId === council.tenantId && council.status === 'active',
  /** Who answered what is personal: the counts are the team's, the names only the managers' (docs/domain.md#privacy). */
  seeAnswers: (actor: Actor, council: Council) => isManager(actor, council),
  /** The council's members and managers add activities to its works. */
  contribute: (actor: Actor, council: Council) => isCouncilPerson(actor, council) && council.status === 'active',
} satisfies Record<string, (actor: Actor, council: Council) => boolean>;

const channelRules = {
  /** Any team member may set up the council of a channel that has none yet; they name its managers. */
  createCouncil: (actor: Actor, channel: ChannelScope) => actor.tenantId === channel.tenantId,
} satisfies Record<string, (actor: Actor, channel: ChannelScope) => boolean>;

/** An activity of one of the council's works, and who is responsible for it. */
export interface ActivityScope {
  council: Council;
  responsibleAadObjectId?: string;
}

const activityRules = {
  /** A manager edits any activity; a council member the ones they are responsible for. */
  editActivity: (actor: Actor, { council, responsibleAadObjectId }: ActivityScope) =>
    isManager(actor, council) || (councilRules.contribute(actor, council) && responsibleAadObjectId === actor.aadObjectId),
} satisfies Record<string, (actor: Actor, activity: ActivityScope) => boolean>;

/** The tenant as its app admins (named by Entra id in the server configuration) administer it. */
export interface TenantScope {
  tenantId: string;
  adminIds: readonly string[];
}

/** A verksamhetsområde of a tenant, with the area heads the admins named for it. */
export interface AreaScope {
  tenantId: string;
  headIds: readonly string[];
}

const tenantRules = {
  /** The tenant's app admins name the area heads (issue: an admin page of the tab). */
  administer: (actor: Actor, tenant: TenantScope) => actor.tenantId === tenant.tenantId && tenant.adminIds.includes(actor.aadObjectId.toLowerCase()),
} satisfies Record<string, (actor: Actor, tenant: TenantScope) => boolean>;

const areaRules = {
  /** An area head follows every unit's council of their area and picks its good examples (docs/domain.md#year-end-and-good-examples). */
  followArea: (actor: Actor, area: AreaScope) => actor.tenantId === area.tenantId && area.headIds.includes(actor.aadObjectId),
} satisfies Record<string, (actor: Actor, area: AreaScope) => boolean>;

/** An action on a council. */
export type CouncilAction = keyof typeof councilRules;
/** An action on a channel. */
export type ChannelAction = keyof typeof channelRules;
/** An action on an activity. */
export type ActivityAction = keyof typeof activityRules;
/** An action on the tenant. */
export type TenantAction = keyof typeof tenantRules;
/** An action on an area. */
export type AreaAction = keyof typeof areaRules;

type Action = CouncilAction | ChannelAction | ActivityAction | TenantAction | AreaAction;
type Target = Council | ChannelScope | ActivityScope | TenantScope | AreaScope;

/** The one place that says who may do what. */
export function can(actor: Actor, action: CouncilAction, council: Council): boolean;
export function can(actor: Actor, action: ChannelAction, channel: ChannelScope): boolean;
export function can(actor: Actor, action: ActivityAction, activity: ActivityScope): boolean;
export function can(actor: Actor, action: TenantAction, tenant: TenantScope): boolean;
export function can(actor: Actor, action: AreaAction, area: AreaScope): boolean;
export function can(actor: Actor, action: Action, target: Target): boolean {
  if (action in councilRules) return councilRules[action as CouncilAction](actor, target as Council);
  if (action in activityRules) return activityRules[action as ActivityAction](actor, target as ActivityScope);
  if (action in tenantRules) return tenantRules[action as TenantAction](actor, target as TenantScope);
  if (action in areaRules) return areaRules[action as AreaAction](actor, target as AreaScope);
  return channelRules[action as ChannelAction](actor, target as ChannelScope);
}

/** Throws `ForbiddenError` unless `can` allows it. */
export function authorize(actor: Actor, action: CouncilAction, council: Council): void;
export function authorize(actor: Actor, action: ChannelAction, channel: ChannelScope): void;
export function authorize(actor: Actor, action: ActivityAction, activity: ActivityScope): void;
export function authorize(actor: Actor, action: TenantAction, tenant: TenantScope): void;
export function authorize(actor: Actor, action: AreaAction, area: AreaScope): void;
export function authorize(actor: Actor, action: Action, target: Target): void {
  const allowed = (can as (a: Actor, b: string, c: Target) => boolean)(actor, action, target);
  if (!allowed) throw new ForbiddenError(`forbidden.${action}`);
}
