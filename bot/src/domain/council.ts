import { z } from 'zod';
import { AREAS, type Area } from './vocabulary';

export { AREAS, type Area };

/** The time zone a council plans in unless its manager picks another. */
export const DEFAULT_TIME_ZONE = 'Europe/Stockholm';

/** About 6–10 participants (docs/domain.md#membership). A recommendation, not a rule. */
export const RECOMMENDED_SIZE = { min: 6, max: 10 } as const;

/** A person of the team, identified by their Entra object id (stable across chats and tenants' apps). */
export interface Person {
  aadObjectId: string;
  /** The Bot Framework id of the user in Teams (needed for mentions and personal chat). */
  teamsUserId: string;
  name: string;
}

/** Kvalitetsråd: one unit's quality council, living in one Teams channel. */
export interface Council {
  id: string;
  tenantId: string;
  teamId: string;
  channelId: string;
  unitName: string;
  area: Area;
  timeZone: string;
  /** Inactive after the app is removed from the team; nothing is deleted. */
  status: 'active' | 'inactive';
  /** Enhetschefer leading the council; several may take turns (docs/domain.md#roles). At least one. */
  managers: Person[];
  /** Medarbetare appointed by the managers. */
  members: Person[];
  /** Bumped on every change; a card carries the version it shows. */
  version: number;
  /** The channel message that shows the council (the welcome card turned summary), if known. */
  cardActivityId?: string;
  createdAt: Date;
  updatedAt: Date;
}

/** True when the zone is an IANA time zone this runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('sv-SE', { timeZone: zone });
    return true;
  } catch {
    return false; // RangeError: the zone is unknown, which is exactly the answer.
  }
}

/** What a manager fills in to set up or change a council (already parsed from the card). */
export const CouncilDraftSchema = z.object({
  unitName: z
    .string({ error: 'council.unitName.required' })
    .trim()
    .min(1, { error: 'council.unitName.required' })
    .min(2, { error: 'council.unitName.tooShort' })
    .max(120, { error: 'council.unitName.tooLong' }),
  area: z.enum(AREAS, { error: 'council.area.invalid' }),
  timeZone: z
    .string()
    .trim()
    .default(DEFAULT_TIME_ZONE)
    .transform((zone) => zone || DEFAULT_TIME_ZONE)
    .refine(isTimeZone, { error: 'council.timeZone.invalid' }),
  managerIds: z.array(z.string().min(1)).min(1, { error: 'council.managers.required' }).max(10, { error: 'council.managers.tooMany' }),
  memberIds: z.array(z.string().min(1)).max(40, { error: 'council.members.tooMany' }),
});

/** A validated council draft; ids are Entra object ids of team members. */
export type CouncilDraft = z.infer<typeof CouncilDraftSchema>;

/** Whether the council's size is within the recommended 6–10 participants (managers included). */
export function sizeAdvice(managerIds: readonly string[], memberIds: readonly string[]): 'tooFew' | 'tooMany' | undefined {
  const size = new Set([...managerIds, ...memberIds]).size;
  if (size < RECOMMENDED_SIZE.min) return 'tooFew';
  if (size > RECOMMENDED_SIZE.max) return 'tooMany';
  return undefined;
}

/** Splits the chosen people into managers and members: someone chosen as both is a manager. */
export function assignRoles(
  draft: Pick<CouncilDraft, 'managerIds' | 'memberIds'>,
  people: ReadonlyMap<string, Person>,
): { managers: Person[]; members: Person[]; unknownIds: string[] } {
  const unknownIds = [...draft.managerIds, ...draft.memberIds].filter((id) => !people.has(id));
  const managerSet = new Set(draft.managerIds);
  const managers = [...managerSet].flatMap((id) => people.get(id) ?? []);
  const members = [...new Set(draft.memberIds)].filter((id) => !managerSet.has(id)).flatMap((id) => people.get(id) ?? []);
  return { managers, members, unknownIds: [...new Set(unknownIds)] };
}
