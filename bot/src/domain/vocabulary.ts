/**
 * The product's enumerations (and the one number every layer shows), owned here once: the store, the cards, the API contract and the tab all
 * take them from this file. Plain constants with no imports, so the tab can bundle them cheaply.
 */

/** A council meets at least eight times a year (docs/domain.md#the-schedule). */
export const MIN_MEETINGS_PER_YEAR = 8;

/** Verksamhetsområden: the areas of the care administration a unit belongs to (docs/domain.md#organisation-by-area). */
export const AREAS = ['sarskilt-boende', 'hemvard', 'omsorg-funktionsnedsattning', 'sjukskoterskor', 'kommunrehab', 'myndighet'] as const;
/** Verksamhetsområde: the area a unit belongs to. */
export type Area = (typeof AREAS)[number];

/** Stratsys' colour statuses (koncerngemensam modell): grey, green, yellow, red, and the green "done". */
export const STATUS_COLOURS = ['not_started', 'on_track', 'partly', 'off_track', 'done'] as const;
/** Lägesbedömning's colour. */
export type StatusColour = (typeof STATUS_COLOURS)[number];

/** A person's place in a council: enhetschef (leads it) or appointed medarbetare. */
export const COUNCIL_ROLES = ['manager', 'member'] as const;
/** A person's place in a council. */
export type CouncilRole = (typeof COUNCIL_ROLES)[number];

/** A sub-assignment is ongoing until its final report marks it completed (klarmarkerad). */
export const WORK_STATUSES = ['ongoing', 'completed'] as const;
/** Whether a sub-assignment is still being worked on. */
export type WorkStatus = (typeof WORK_STATUSES)[number];

/** The planning sub-assignment holds the schedule and the minutes; every other one is an improvement work. */
export const SUB_ASSIGNMENT_KINDS = ['planning', 'improvement'] as const;
/** What a sub-assignment holds. */
export type SubAssignmentKind = (typeof SUB_ASSIGNMENT_KINDS)[number];

/** Svar på kallelsen: coming in person, taking part digitally, or not able to come. */
export const ATTENDANCE_ANSWERS = ['coming', 'digital', 'declined'] as const;
/** One person's answer to an invitation. */
export type AttendanceAnswer = (typeof ATTENDANCE_ANSWERS)[number];
