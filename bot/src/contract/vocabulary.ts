/**
 * The enumerations the tab may use as values (status colours, areas, roles). The domain owns them
 * (`domain/vocabulary.ts`); this file only passes them on, and pulls in no schema library, so the
 * tab's bundle stays small.
 */
export {
  AREAS,
  ATTENDANCE_ANSWERS,
  COUNCIL_ROLES,
  MIN_MEETINGS_PER_YEAR,
  STATUS_COLOURS,
  SUB_ASSIGNMENT_KINDS,
  WORK_STATUSES,
  type Area,
  type AttendanceAnswer,
  type CouncilRole,
  type StatusColour,
  type SubAssignmentKind,
  type WorkStatus,
} from '../domain/vocabulary';
