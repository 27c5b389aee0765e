/**
 * The area head's overview (a personal tab) and its admin page: requests and answers. Refusals are
 * `ApiError`s (common.ts). Good examples are chosen at year end for the quality report
 * (docs/domain.md#year-end-and-good-examples).
 */
import { z } from 'zod';
import { AREAS, STATUS_COLOURS } from '../domain/vocabulary';

/** One unit's council in the overview table. */
export const UnitRowSchema = z.object({
  councilId: z.string(),
  unitName: z.string(),
  area: z.enum(AREAS),
  /** At least eight meetings saved by 31 January of the year. */
  scheduleInPlace: z.boolean(),
  meetingsPlanned: z.number(),
  meetingsHeld: z.number(),
  /** Months whose reporting day has passed, and how many of them the unit assessed (anything in the council's follow-up). */
  monthsDue: z.number(),
  monthsAssessed: z.number(),
  worksOngoing: z.number(),
  worksCompleted: z.number(),
});
export type UnitRow = z.infer<typeof UnitRowSchema>;

/** `GET /api/areas/overview?year=YYYY`: every unit of the areas the signed-in user heads. */
export const AreaOverviewResponseSchema = z.object({
  year: z.number(),
  areas: z.array(z.enum(AREAS)),
  units: z.array(UnitRowSchema),
  /** The signed-in user may open the admin page. */
  admin: z.boolean(),
});
export type AreaOverviewResponse = z.infer<typeof AreaOverviewResponseSchema>;

/** A completed work that may become a good example in the year's quality report. */
export const CompletedWorkSchema = z.object({
  subAssignmentId: z.string(),
  councilId: z.string(),
  unitName: z.string(),
  area: z.enum(AREAS),
  name: z.string(),
  purpose: z.string(),
  finalReport: z.string(),
  completedAt: z.string(),
  /** The unit's time zone, to show `completedAt` as its local date. */
  timeZone: z.string(),
  latest: z.enum(STATUS_COLOURS).optional(),
  chosen: z.boolean(),
});
export type CompletedWork = z.infer<typeof CompletedWorkSchema>;

/**
 * `GET /api/areas/good-examples?year=YYYY`: the completed works of the user's areas.
 * `GET /api/areas/good-examples.docx?year=YYYY`: the chosen works as one document for the SAS.
 */
export const GoodExamplesResponseSchema = z.object({ year: z.number(), works: z.array(CompletedWorkSchema) });
export type GoodExamplesResponse = z.infer<typeof GoodExamplesResponseSchema>;

/** `PUT /api/areas/good-examples/:subAssignmentId?year=YYYY` `{ chosen }` (area head of its unit) → `GoodExamplesResponse` of that year. */
export const GoodExampleChoiceSchema = z.object({ chosen: z.boolean() });
export type GoodExampleChoice = z.infer<typeof GoodExampleChoiceSchema>;

/** An area head as the admin page shows and sets them. */
export const AreaHeadSchema = z.object({ area: z.enum(AREAS), aadObjectId: z.string(), name: z.string() });
export type AreaHead = z.infer<typeof AreaHeadSchema>;

/** `GET /api/admin/area-heads` (tenant's app admins, named in the server's `APP_ADMIN_IDS`). */
export const AreaHeadsResponseSchema = z.object({ heads: z.array(AreaHeadSchema) });
export type AreaHeadsResponse = z.infer<typeof AreaHeadsResponseSchema>;

/** `PUT /api/admin/area-heads/:area` `{ heads: [{ aadObjectId, name }] }` → `AreaHeadsResponse`: the area's heads, replaced. */
export const AreaHeadsInputSchema = z.object({
  heads: z.array(z.object({ aadObjectId: z.uuid('area.head.objectId'), name: z.string().trim().min(1).max(200) })).max(50),
});
export type AreaHeadsInput = z.infer<typeof AreaHeadsInputSchema>;
