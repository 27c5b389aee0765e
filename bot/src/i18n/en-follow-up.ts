import type { svFollowUp } from './sv-follow-up';

/** English strings of the Stratsys export of the follow-up. */
export const enFollowUp: Record<keyof typeof svFollowUp, string> = {
  'followUpExport.sheet.followUp': 'Follow-up',
  'followUpExport.sheet.comments': 'Comments',
  'followUpExport.sheet.subAssignments': 'Sub-assignments',
  'followUpExport.title': 'Quality council {year} – {unit} ({area}). Exported {exportedAt} ({timeZone}).',

  'followUpExport.level.assignment': 'Assignment',
  'followUpExport.level.subAssignment': 'Sub-assignment',
  'followUpExport.level.activity': 'Activity',

  'followUpExport.column.level': 'Level',
  'followUpExport.column.name': 'Name',
  'followUpExport.column.kind': 'Type',
  'followUpExport.column.responsible': 'Responsible',
  'followUpExport.column.start': 'Start',
  'followUpExport.column.end': 'End',
  'followUpExport.column.status': 'Status',
  'followUpExport.column.month': 'Month',
  'followUpExport.column.comment': 'Comment',
  'followUpExport.column.purpose': 'Purpose/problem',
  'followUpExport.column.goal': 'Goal',
  'followUpExport.column.measure': 'Measure',
  'followUpExport.column.origin': 'Origin',
  'followUpExport.column.activitiesDone': 'Activities done/total',
  'followUpExport.column.finalReport': 'Final report',
  'followUpExport.column.completedAt': 'Marked done',
  'followUpExport.activitiesDone': '{done} of {total}',

  'followUpExport.kind.planning': 'Planning and minutes',
  'followUpExport.kind.improvement': 'Improvement work',

  'followUpExport.status.not_started': 'Not started',
  'followUpExport.status.on_track': 'On track',
  'followUpExport.status.partly': 'Partly on track',
  'followUpExport.status.off_track': 'Off track',
  'followUpExport.status.done': 'Done',

  'followUpExport.month.1': 'Jan',
  'followUpExport.month.2': 'Feb',
  'followUpExport.month.3': 'Mar',
  'followUpExport.month.4': 'Apr',
  'followUpExport.month.5': 'May',
  'followUpExport.month.6': 'Jun',
  'followUpExport.month.7': 'Jul',
  'followUpExport.month.8': 'Aug',
  'followUpExport.month.9': 'Sep',
  'followUpExport.month.10': 'Oct',
  'followUpExport.month.11': 'Nov',
  'followUpExport.month.12': 'Dec',
};
