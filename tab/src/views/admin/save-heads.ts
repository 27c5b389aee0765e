import type { AreaHead, AreaHeadsInput, AreaHeadsResponse, AreaKey } from '../../../../bot/src/api/area-contract';

/** Saves one area's heads: the whole list, as `PUT /api/admin/area-heads/:area` replaces it. */
export type SaveHeads = (area: AreaKey, heads: AreaHeadsInput['heads']) => Promise<AreaHeadsResponse>;

/** The heads of `area` as the PUT takes them. */
export const headsOf = (heads: readonly AreaHead[], area: AreaKey): AreaHeadsInput['heads'] =>
  heads.filter((h) => h.area === area).map(({ aadObjectId, name }) => ({ aadObjectId, name }));
