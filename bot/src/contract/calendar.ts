/**
 * The tab's Microsoft Graph routes: the team's people, and the year's meetings in the team's group
 * calendar. Refusals are `ApiError`s (common.ts); `ConsentRequired` asks for Teams' consent popup.
 */
import { z } from 'zod';

/** A person of the council's team, as Microsoft 365 lists them (to pick council members and responsibles). */
export const TeamMemberSchema = z.object({ aadObjectId: z.string(), name: z.string(), email: z.string().optional() });
export type TeamMember = z.infer<typeof TeamMemberSchema>;

/** `GET /api/councils/:councilId/team-members` (council member or manager), from Microsoft Graph, sorted by name. */
export const TeamMembersResponseSchema = z.object({ members: z.array(TeamMemberSchema) });
export type TeamMembersResponse = z.infer<typeof TeamMembersResponseSchema>;

/** A meeting's event in the team's group calendar. */
export const CalendarEventRefSchema = z.object({
  meetingId: z.string(),
  startsAt: z.string(),
  /** The Teams meeting link Graph made for it, when it is an online meeting. */
  joinUrl: z.string().optional(),
});
export type CalendarEventRef = z.infer<typeof CalendarEventRefSchema>;

/**
 * `GET /api/councils/:councilId/calendar?year=YYYY` (council member or manager): whether the team
 * calendar can be used (`graph`: the server has Microsoft Graph access) and how far it shows the year.
 */
export const CalendarStatusResponseSchema = z.object({
  year: z.number(),
  graph: z.boolean(),
  /** Meetings with an event in the team calendar. */
  synced: z.number(),
  /** Meetings moved, cancelled or added in the bot since the calendar was last brought up to date. */
  outOfStep: z.number(),
  events: z.array(CalendarEventRefSchema),
});
export type CalendarStatusResponse = z.infer<typeof CalendarStatusResponseSchema>;

/** `POST /api/councils/:councilId/calendar` (manager): "Lägg in årets träffar i teamets kalender"; this year unless given. */
export const CalendarSyncInputSchema = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }).optional();
export type CalendarSyncInput = z.infer<typeof CalendarSyncInputSchema>;

/** What the sync did: a second sync right after changes nothing (all `unchanged`). */
export const CalendarSyncResponseSchema = z.object({
  year: z.number(),
  created: z.number(),
  updated: z.number(),
  cancelled: z.number(),
  unchanged: z.number(),
  events: z.array(CalendarEventRefSchema),
});
export type CalendarSyncResponse = z.infer<typeof CalendarSyncResponseSchema>;
