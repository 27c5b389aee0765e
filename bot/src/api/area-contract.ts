/**
 * The area head's overview (a personal tab) and its admin page: requests and answers. Types only: the
 * tab imports this file. Refusals are `ApiError`s (follow-up-contract.ts).
 */
import type { StatusColour } from './follow-up-contract';

/** Verksamhetsområden (docs/domain.md#organisation-by-area): the keys the councils carry. */
export type AreaKey = 'sarskilt-boende' | 'hemvard' | 'omsorg-funktionsnedsattning' | 'sjukskoterskor' | 'kommunrehab' | 'myndighet';

/** One unit's council in the overview table. */
export interface UnitRow {
  councilId: string;
  unitName: string;
  area: AreaKey;
  /** At least eight meetings saved by 31 January of the year. */
  scheduleInPlace: boolean;
  meetingsPlanned: number;
  meetingsHeld: number;
  /** Months whose reporting day has passed, and how many of them the unit assessed (anything in the council's follow-up). */
  monthsDue: number;
  monthsAssessed: number;
  worksOngoing: number;
  worksCompleted: number;
}

/** `GET /api/areas/overview?year=YYYY`: every unit of the areas the signed-in user heads. */
export interface AreaOverviewResponse {
  year: number;
  areas: AreaKey[];
  units: UnitRow[];
  /** The signed-in user may open the admin page. */
  admin: boolean;
}

/** A completed work that may become a good example in the year's quality report. */
export interface CompletedWork {
  subAssignmentId: string;
  councilId: string;
  unitName: string;
  area: AreaKey;
  name: string;
  purpose: string;
  finalReport: string;
  completedAt: string;
  /** The unit's time zone, to show `completedAt` as its local date. */
  timeZone: string;
  latest?: StatusColour;
  chosen: boolean;
}

/** `GET /api/areas/good-examples?year=YYYY`: the completed works of the user's areas. */
export interface GoodExamplesResponse {
  year: number;
  works: CompletedWork[];
}

/** `PUT /api/areas/good-examples/:subAssignmentId?year=YYYY` `{ chosen }` (area head of its unit) → `GoodExamplesResponse` of that year (this year without `year`). */
export interface GoodExampleChoice {
  chosen: boolean;
}

/** `GET /api/areas/good-examples.docx?year=YYYY`: the chosen works as one document for the SAS (docs/domain.md#year-end-and-good-examples). */

/** An area head as the admin page shows and sets them. */
export interface AreaHead {
  area: AreaKey;
  aadObjectId: string;
  name: string;
}

/** `GET /api/admin/area-heads` (tenant's app admins, named in the server's `APP_ADMIN_IDS`). */
export interface AreaHeadsResponse {
  heads: AreaHead[];
}

/** `PUT /api/admin/area-heads/:area` `{ heads: [{ aadObjectId, name }] }` → `AreaHeadsResponse`: the area's heads, replaced. */
export interface AreaHeadsInput {
  heads: { aadObjectId: string; name: string }[];
}
