import type { SubAssignmentDetail } from '@contract/follow-up';

/** What a sub-assignment's part of the view gets: the detail, and how to show a change's answer or reload. */
export interface DetailPart {
  detail: SubAssignmentDetail;
  /** Shows the detail a change answered. */
  onChange: (detail: SubAssignmentDetail) => void;
  /** Loads the detail again (after a version conflict, or a change that answers something else). */
  reload: () => void;
}
