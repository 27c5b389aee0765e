import type { svAttendance } from './sv-attendance';

/** English strings of answers to invitations, mentions and the personal day-before reminder. */
export const enAttendance: Record<keyof typeof svAttendance, string> = {
  'attendance.answer.coming': "I'm coming",
  'attendance.answer.digital': "I'll join online",
  'attendance.answer.declined': "I can't come",
  'attendance.tally': '{coming} coming · {digital} online · {declined} can’t come · {unanswered} not answered',
  'attendance.tally.guests': ' (guests: {count})',
  'attendance.tally.toConfirm': ' · {count} answered for the earlier time',
  'attendance.own.coming': "Your answer: I'm coming. You can change it until the meeting starts.",
  'attendance.own.digital': "Your answer: I'll join online. You can change it until the meeting starts.",
  'attendance.own.declined': "Your answer: I can't come. You can change it until the meeting starts.",
  'attendance.confirm': 'The meeting has moved. Your answer was for the earlier time – please answer again for the new one.',
  'attendance.who.coming': 'Coming',
  'attendance.who.digital': 'Online',
  'attendance.who.declined': 'Can’t come',
  'attendance.who.unanswered': 'Not answered',
  'attendance.who.toConfirm': 'Answered for the earlier time',
  'attendance.who.unreachable': 'Not reachable in personal chat',
  'attendance.who.unmentioned': 'No Teams id (named without @)',
  'attendance.to': 'To: {people}',
  'attendance.and': 'and',
  'attendance.meetingGone': 'The meeting no longer exists in this quality council.',
  'attendance.cancelled': 'The meeting is cancelled and takes no answers.',
  'attendance.started': 'The meeting has already started, so the answer can no longer be changed.',
};
