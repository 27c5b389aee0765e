import type { AreaHead, AreaHeadsInput, AreaHeadsResponse } from '@contract/area';
import type { Area } from '@contract/vocabulary';

/** Saves one area's heads: the whole list, as `PUT /api/admin/area-heads/:area` replaces it. */
export type SaveHeads = (area: Area, heads: AreaHeadsInput['heads']) => Promise<AreaHeadsResponse>;

/** The heads of `area` as the PUT takes them. */
export const headsOf = (heads: readonly AreaHead[], area: Area): AreaHeadsInput['heads'] =>
  heads.filter((h) => h.area === area).map(({ aadObjectId, name }) => ({ aadObjectId, name }));
