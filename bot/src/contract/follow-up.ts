/**
 * The tab API's requests and answers for the Stratsys follow-up ("Följa upp"): the assignment
 * "Kvalitetsråd" of a unit and year, its sub-assignments (deluppdrag), their activities, the monthly
 * status assessments (lägesbedömningar) and final reports (docs/domain.md#the-stratsys-workflow).
 * Every route answers JSON; a refusal is an `ApiError` (common.ts) in the user's language.
 */
import { z } from 'zod';
import { FOLLOW_UP_LIMITS, type AssessmentTarget } from '../domain/follow-up';
import { STATUS_COLOURS, SUB_ASSIGNMENT_KINDS, WORK_STATUSES } from '../domain/vocabulary';
import {
  AssessmentSchema,
  CouncilRefSchema,
  IdSchema,
  LocalDateSchema,
  PermissionsSchema,
  PersonIdSchema,
  PersonRefSchema,
  VersionSchema,
  YearQuerySchema,
  YearSchema,
} from './common';

const NameSchema = z.string().trim().min(1).max(FOLLOW_UP_LIMITS.name);
const TextSchema = z.string().trim().max(FOLLOW_UP_LIMITS.text);

/** `GET /api/councils/by-channel?channelId=…`. */
export const ChannelQuerySchema = z.object({ channelId: z.string().min(1).max(300) });

/** `GET /api/councils/by-channel`: the council of the tab's channel. */
export const CouncilByChannelResponseSchema = z.object({ council: CouncilRefSchema, can: PermissionsSchema });
export type CouncilByChannelResponse = z.infer<typeof CouncilByChannelResponseSchema>;

const NamesSchema = z.array(z.string());

/**
 * How the council stands for a meeting (docs/domain.md#invitations-agendas-and-reminders): the counts
 * for everyone; who answered what only for managers (`seeAnswers`, docs/domain.md#privacy), else
 * `names` and `unreachable` are absent. Each list of `names` holds the people its count counts.
 */
export const MeetingAnswersSchema = z.object({
  coming: z.number(),
  digital: z.number(),
  declined: z.number(),
  /** Council people with no answer for the meeting's current time (those of `toConfirm` included). */
  unanswered: z.number(),
  /** Of `coming` and `digital`: people outside the council (invited professions, guests). */
  guests: z.number(),
  /** Council people whose answer was given for an earlier time of the moved meeting. */
  toConfirm: z.number(),
  names: z.object({ coming: NamesSchema, digital: NamesSchema, declined: NamesSchema, unanswered: NamesSchema, toConfirm: NamesSchema }).optional(),
  /** Council people the bot could not reach in personal chat. */
  unreachable: NamesSchema.optional(),
});
export type MeetingAnswers = z.infer<typeof MeetingAnswersSchema>;

/** `GET /api/councils/:councilId/overview?year=YYYY` (Översikt). */
export const OverviewResponseSchema = z.object({
  council: CouncilRefSchema,
  year: z.number(),
  can: PermissionsSchema,
  nextMeeting: z.object({ id: z.string(), startsAt: z.string(), endsAt: z.string(), place: z.string(), answers: MeetingAnswersSchema }).optional(),
  schedule: z.object({
    /** Meetings planned (not cancelled) and held so far. */
    planned: z.number(),
    held: z.number(),
    /** At least eight meetings saved by 31 January of the year (docs/domain.md#the-councils-year). */
    inPlaceByDeadline: z.boolean(),
    savedAt: z.string().optional(),
  }),
  openProposals: z.array(z.object({ id: z.string(), number: z.number(), title: z.string(), supporters: z.number(), createdAt: z.string() })),
  latestMinutes: z
    .object({ id: z.string(), meetingStartsAt: z.string(), approvedAt: z.string(), docxUrl: z.string(), htmlUrl: z.string() })
    .optional(),
  works: z.array(z.object({ id: z.string(), name: z.string(), status: z.enum(WORK_STATUSES), latest: AssessmentSchema.optional() })),
});
export type OverviewResponse = z.infer<typeof OverviewResponseSchema>;

/** A row of the Deluppdrag list. */
export const SubAssignmentListItemSchema = z.object({
  id: z.string(),
  kind: z.enum(SUB_ASSIGNMENT_KINDS),
  name: z.string(),
  responsible: PersonRefSchema.optional(),
  startsOn: z.string().optional(),
  endsOn: z.string().optional(),
  status: z.enum(WORK_STATUSES),
  latest: AssessmentSchema.optional(),
  activitiesDone: z.number(),
  activitiesTotal: z.number(),
  /** Months up to the last reporting day that have no assessment. */
  missingMonths: z.array(z.string()),
});
export type SubAssignmentListItem = z.infer<typeof SubAssignmentListItemSchema>;

/** `GET /api/councils/:councilId/follow-up?year=YYYY[&status=ongoing|completed]`. */
export const FollowUpQuerySchema = YearQuerySchema.extend({ status: z.enum(WORK_STATUSES).optional() });

/** `GET /api/councils/:councilId/follow-up` (Deluppdrag). */
export const FollowUpResponseSchema = z.object({
  council: CouncilRefSchema,
  year: z.number(),
  /** The server's date in the council's time zone: which months can be assessed (up to this one). */
  today: z.string(),
  /** Years that have sub-assignments, plus this year; newest first. */
  years: z.array(z.number()),
  can: PermissionsSchema,
  /** The assignment "Kvalitetsråd" itself, assessed monthly too. */
  assignment: z.object({
    name: z.string(),
    latest: AssessmentSchema.optional(),
    history: z.array(AssessmentSchema),
    missingMonths: z.array(z.string()),
  }),
  subAssignments: z.array(SubAssignmentListItemSchema),
  /** People who can be made responsible (the council's managers and members). */
  people: z.array(PersonRefSchema),
});
export type FollowUpResponse = z.infer<typeof FollowUpResponseSchema>;

/** An activity (aktivitet) of a sub-assignment. */
export const ActivitySchema = z.object({
  id: z.string(),
  name: z.string(),
  responsible: PersonRefSchema.optional(),
  dueOn: z.string().optional(),
  done: z.boolean(),
  doneAt: z.string().optional(),
  version: z.number(),
  latest: AssessmentSchema.optional(),
  history: z.array(AssessmentSchema),
  /** Whether the signed-in user may edit it (manager, or the member responsible). */
  editable: z.boolean(),
});
export type Activity = z.infer<typeof ActivitySchema>;

/** A document or link attached to a sub-assignment. */
export const DocumentLinkSchema = z.object({ title: z.string(), url: z.string(), kind: z.enum(['minutes', 'schedule', 'link']) });
export type DocumentLink = z.infer<typeof DocumentLinkSchema>;

/** `GET /api/sub-assignments/:id`, and the answer of every change to it. */
export const SubAssignmentDetailSchema = z.object({
  council: CouncilRefSchema,
  /** The server's date in the council's time zone. */
  today: z.string(),
  can: PermissionsSchema,
  people: z.array(PersonRefSchema),
  subAssignment: z.object({
    id: z.string(),
    year: z.number(),
    kind: z.enum(SUB_ASSIGNMENT_KINDS),
    name: z.string(),
    /** Purpose and the problem it solves. */
    purpose: z.string(),
    /** The goal and how it is measured. */
    goal: z.string(),
    measure: z.string(),
    responsible: PersonRefSchema.optional(),
    startsOn: z.string().optional(),
    endsOn: z.string().optional(),
    origin: z.object({ kind: z.enum(['proposal', 'minutes']), label: z.string() }).optional(),
    status: z.enum(WORK_STATUSES),
    finalReport: z.string().optional(),
    completedAt: z.string().optional(),
    version: z.number(),
    latest: AssessmentSchema.optional(),
    history: z.array(AssessmentSchema),
    missingMonths: z.array(z.string()),
  }),
  activities: z.array(ActivitySchema),
  documents: z.array(DocumentLinkSchema),
});
export type SubAssignmentDetail = z.infer<typeof SubAssignmentDetailSchema>;

/** `PATCH /api/sub-assignments/:id` (manager). Absent fields stay; `null` clears. */
export const SubAssignmentPatchSchema = z.object({
  version: VersionSchema,
  name: NameSchema.optional(),
  purpose: TextSchema.optional(),
  goal: TextSchema.optional(),
  measure: TextSchema.optional(),
  responsibleAadObjectId: PersonIdSchema.nullable().optional(),
  startsOn: LocalDateSchema.nullable().optional(),
  endsOn: LocalDateSchema.nullable().optional(),
});
export type SubAssignmentPatch = z.infer<typeof SubAssignmentPatchSchema>;

/** `POST /api/sub-assignments/:id/activities` (council person) → `SubAssignmentDetail`. */
export const ActivityInputSchema = z.object({
  name: NameSchema,
  responsibleAadObjectId: PersonIdSchema.optional(),
  dueOn: LocalDateSchema.optional(),
});
export type ActivityInput = z.infer<typeof ActivityInputSchema>;

/** `PATCH /api/activities/:id` (manager, or the member responsible) → `SubAssignmentDetail`. */
export const ActivityPatchSchema = z.object({
  version: VersionSchema,
  name: NameSchema.optional(),
  responsibleAadObjectId: PersonIdSchema.nullable().optional(),
  dueOn: LocalDateSchema.nullable().optional(),
  done: z.boolean().optional(),
});
export type ActivityPatch = z.infer<typeof ActivityPatchSchema>;

/** `POST /api/sub-assignments/:id/links` (manager) → `SubAssignmentDetail`. https only. */
export const LinkInputSchema = z.object({
  title: z.string().trim().min(1).max(FOLLOW_UP_LIMITS.linkTitle),
  url: z
    .string()
    .trim()
    .max(FOLLOW_UP_LIMITS.url)
    .refine((u) => URL.canParse(u) && new URL(u).protocol === 'https:', 'followUp.url'),
});
export type LinkInput = z.infer<typeof LinkInputSchema>;

/** What a monthly assessment is about: the assignment of a year, a sub-assignment or an activity. */
export const AssessmentTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('assignment'), year: YearSchema }),
  z.object({ kind: z.literal('subAssignment'), id: IdSchema }),
  z.object({ kind: z.literal('activity'), id: IdSchema }),
]) satisfies z.ZodType<AssessmentTarget>;

/**
 * `PUT /api/councils/:councilId/assessments` (manager): sets the month's status and comment of the
 * assignment, a sub-assignment or an activity (one per month; a second one replaces the first) and
 * answers the saved `Assessment`. Months from January of the year up to the current month.
 */
export const AssessmentInputSchema = z.object({
  target: AssessmentTargetSchema,
  month: z.string().max(7),
  status: z.enum(STATUS_COLOURS, 'followUp.status'),
  comment: z.string().trim().max(FOLLOW_UP_LIMITS.comment),
});
export type AssessmentInput = z.infer<typeof AssessmentInputSchema>;

/**
 * `POST /api/sub-assignments/:id/complete` (manager): the final report (a short summary) and
 * "klarmarkera". Refused with `ActivitiesOpen` (409) while any activity is not done
 * (docs/domain.md#the-stratsys-workflow). Records the month's assessment as `done`. → `SubAssignmentDetail`.
 */
export const CompleteInputSchema = z.object({ version: VersionSchema, finalReport: z.string().trim().min(1).max(FOLLOW_UP_LIMITS.finalReport) });
export type CompleteInput = z.infer<typeof CompleteInputSchema>;

/**
 * Exports for Stratsys (manager): `GET /api/councils/:councilId/export.xlsx?year=YYYY` and
 * `export.csv?year=YYYY` download assignment → sub-assignments → activities with each month's status
 * and comment and the final reports.
 */
export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
