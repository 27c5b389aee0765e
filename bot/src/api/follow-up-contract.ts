/**
 * The tab API's requests and answers for the Stratsys follow-up ("Följa upp"): the assignment
 * "Kvalitetsråd" of a unit and year, its sub-assignments (deluppdrag), their activities, the monthly
 * status assessments (lägesbedömningar) and final reports. Types only: the tab imports this file, the
 * server validates the bodies with zod in the routes.
 *
 * Every route answers JSON; a refusal is an `ApiError` with a message in the user's language.
 * Dates are `YYYY-MM-DD`, months `YYYY-MM`, instants ISO 8601 in UTC.
 */

/** Stratsys' colour statuses (koncerngemensam modell): grey, green, yellow, red, and the green "done". */
export const STATUS_COLOURS = ['not_started', 'on_track', 'partly', 'off_track', 'done'] as const;
export type StatusColour = (typeof STATUS_COLOURS)[number];

/**
 * A refusal. `field` names the input the message belongs to (e.g. `name`, `dueOn`, `finalReport`).
 * `ConsentRequired` (403): Microsoft Graph may not be used for this user yet; the tab offers the
 * Teams consent flow (`/auth/consent-start`), and the message says the .ics files still work.
 */
export interface ApiError {
  code:
    | 'BadRequest' | 'Unauthorized' | 'Forbidden' | 'NotFound' | 'Conflict' | 'ActivitiesOpen' | 'ServiceUnavailable' | 'InternalError'
    | 'ConsentRequired';
  message: string;
  field?: string;
}

/** A person of the council (or the unit) who can be made responsible. */
export interface PersonRef {
  aadObjectId: string;
  name: string;
}

export interface CouncilRef {
  id: string;
  unitName: string;
  area: string;
  timeZone: string;
}

/** What the signed-in user may do on this council in the tab. */
export interface Permissions {
  /** Manager: edit sub-assignments, assess, final-report, export. */
  manage: boolean;
  /** Council member or manager: add activities and edit the activities they are responsible for. */
  contribute: boolean;
}

/** One monthly status assessment. */
export interface Assessment {
  month: string;
  status: StatusColour;
  comment: string;
  assessedBy: string;
  assessedAt: string;
}

/** `GET /api/councils/by-channel?channelId=…`: the council of the tab's channel. */
export interface CouncilByChannelResponse {
  council: CouncilRef;
  can: Permissions;
}

/** `GET /api/councils/:councilId/overview?year=YYYY` (Översikt). */
export interface OverviewResponse {
  council: CouncilRef;
  year: number;
  can: Permissions;
  nextMeeting?: { id: string; startsAt: string; endsAt: string; place: string };
  schedule: {
    /** Meetings planned (not cancelled) and held so far. */
    planned: number;
    held: number;
    /** At least eight meetings saved by 31 January of the year (docs/domain.md#the-schedule). */
    inPlaceByDeadline: boolean;
    savedAt?: string;
  };
  openProposals: { id: string; number: number; title: string; supporters: number; createdAt: string }[];
  latestMinutes?: { id: string; meetingStartsAt: string; approvedAt: string; docxUrl: string; htmlUrl: string };
  works: { id: string; name: string; status: 'ongoing' | 'completed'; latest?: Assessment }[];
}

/** A row of the Deluppdrag list. */
export interface SubAssignmentListItem {
  id: string;
  kind: 'planning' | 'improvement';
  name: string;
  responsible?: PersonRef;
  startsOn?: string;
  endsOn?: string;
  status: 'ongoing' | 'completed';
  latest?: Assessment;
  activitiesDone: number;
  activitiesTotal: number;
  /** Months up to the last reporting day that have no assessment. */
  missingMonths: string[];
}

/** `GET /api/councils/:councilId/follow-up?year=YYYY[&status=ongoing|completed]` (Deluppdrag). */
export interface FollowUpResponse {
  council: CouncilRef;
  year: number;
  /** The server's date in the council's time zone: which months can be assessed (up to this one). */
  today: string;
  /** Years that have sub-assignments, plus this year; newest first. */
  years: number[];
  can: Permissions;
  /** The assignment "Kvalitetsråd" itself, assessed monthly too. */
  assignment: { name: string; latest?: Assessment; history: Assessment[]; missingMonths: string[] };
  subAssignments: SubAssignmentListItem[];
  /** People who can be made responsible (the council's managers and members). */
  people: PersonRef[];
}

export interface Activity {
  id: string;
  name: string;
  responsible?: PersonRef;
  dueOn?: string;
  done: boolean;
  doneAt?: string;
  version: number;
  latest?: Assessment;
  history: Assessment[];
  /** Whether the signed-in user may edit it (manager, or the member responsible). */
  editable: boolean;
}

export interface DocumentLink {
  title: string;
  url: string;
  kind: 'minutes' | 'schedule' | 'link';
}

/** `GET /api/sub-assignments/:id`, and the answer of every change to it. */
export interface SubAssignmentDetail {
  council: CouncilRef;
  /** The server's date in the council's time zone. */
  today: string;
  can: Permissions;
  people: PersonRef[];
  subAssignment: {
    id: string;
    year: number;
    kind: 'planning' | 'improvement';
    name: string;
    /** Purpose and the problem it solves. */
    purpose: string;
    /** The goal and how it is measured. */
    goal: string;
    measure: string;
    responsible?: PersonRef;
    startsOn?: string;
    endsOn?: string;
    origin?: { kind: 'proposal' | 'minutes'; label: string };
    status: 'ongoing' | 'completed';
    finalReport?: string;
    completedAt?: string;
    version: number;
    latest?: Assessment;
    history: Assessment[];
    missingMonths: string[];
  };
  activities: Activity[];
  documents: DocumentLink[];
}

/** `PATCH /api/sub-assignments/:id` (manager). Absent fields stay; `null` clears. */
export interface SubAssignmentPatch {
  version: number;
  name?: string;
  purpose?: string;
  goal?: string;
  measure?: string;
  responsibleAadObjectId?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
}

/** `POST /api/sub-assignments/:id/activities` (council person) → `SubAssignmentDetail`. */
export interface ActivityInput {
  name: string;
  responsibleAadObjectId?: string;
  dueOn?: string;
}

/** `PATCH /api/activities/:id` (manager, or the member responsible) → `SubAssignmentDetail`. */
export interface ActivityPatch {
  version: number;
  name?: string;
  responsibleAadObjectId?: string | null;
  dueOn?: string | null;
  done?: boolean;
}

/** `POST /api/sub-assignments/:id/links` (manager) → `SubAssignmentDetail`. https only. */
export interface LinkInput {
  title: string;
  url: string;
}

/**
 * `PUT /api/councils/:councilId/assessments` (manager): sets the month's status and comment of the
 * assignment, a sub-assignment or an activity (one per month; a second one replaces the first) and
 * answers the saved `Assessment`. Months from January of the year up to the current month.
 */
export interface AssessmentInput {
  target: { kind: 'assignment'; year: number } | { kind: 'subAssignment'; id: string } | { kind: 'activity'; id: string };
  month: string;
  status: StatusColour;
  comment: string;
}

/**
 * `POST /api/sub-assignments/:id/complete` (manager): the final report (a short summary) and
 * "klarmarkera". Refused with `ActivitiesOpen` (409) while any activity is not done (docs/domain.md#final-report).
 * Records the month's assessment as `done` with the summary as comment. → `SubAssignmentDetail`.
 */
export interface CompleteInput {
  version: number;
  finalReport: string;
}

/**
 * Exports for Stratsys (manager): `GET /api/councils/:councilId/export.xlsx?year=YYYY` and
 * `export.csv?year=YYYY` download assignment → sub-assignments → activities with each month's status
 * and comment and the final reports.
 */
export type ExportFormat = 'xlsx' | 'csv';

/** `GET /api/me`: who is signed in and the councils they lead or sit in, in their tenant. */
export interface MeResponse {
  name: string;
  tenantId: string;
  councils: { id: string; unitName: string; area: string; role: 'manager' | 'member' }[];
}

/** Local mode only: `GET /api/dev/users` lists the mock tenant's people, `POST /api/dev/sign-in` `{ aadObjectId }` answers `{ token }` for the tab's API calls. */
export interface DevUser {
  aadObjectId: string;
  name: string;
  tenantId: string;
}

/** A person of the council's team, as Microsoft 365 lists them (to pick council members and responsibles). */
export interface TeamMember {
  aadObjectId: string;
  name: string;
  email?: string;
}

/** `GET /api/councils/:councilId/team-members` (council member or manager), from Microsoft Graph, sorted by name. */
export interface TeamMembersResponse {
  members: TeamMember[];
}

/** A meeting's event in the team's group calendar. */
export interface CalendarEventRef {
  meetingId: string;
  startsAt: string;
  /** The Teams meeting link Graph made for it, when it is an online meeting. */
  joinUrl?: string;
}

/**
 * `GET /api/councils/:councilId/calendar?year=YYYY` (council member or manager): whether the team
 * calendar can be used (`graph`: the server has Microsoft Graph access) and how far it shows the year.
 */
export interface CalendarStatusResponse {
  year: number;
  graph: boolean;
  /** Meetings with an event in the team calendar. */
  synced: number;
  /** Meetings moved, cancelled or added in the bot since the calendar was last brought up to date. */
  outOfStep: number;
  events: CalendarEventRef[];
}

/** `POST /api/councils/:councilId/calendar` (manager): "Lägg in årets träffar i teamets kalender". */
export interface CalendarSyncInput {
  /** This year in the council's zone unless given. */
  year?: number;
}

/** What the sync did: a second sync right after changes nothing (all `unchanged`). */
export interface CalendarSyncResponse {
  year: number;
  created: number;
  updated: number;
  cancelled: number;
  unchanged: number;
  events: CalendarEventRef[];
}
