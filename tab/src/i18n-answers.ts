/*
 * The strings of the next meeting's answers on Översikt (how many come, and for managers who answered
 * what), merged into the tab's string table by i18n.ts. `{name}` marks a value.
 */

/** Swedish answer strings. */
export const svAnswers = {
  'answers.heading': 'Svar på kallelsen',
  'answers.tally': '{coming} kommer · {digital} digitalt · {declined} kan inte · {unanswered} har inte svarat',
  'answers.guests': ' (varav gäster: {count})',
  'answers.toConfirm': ' · {count} svarade för den tidigare tiden',
  'answers.show': 'Visa vem som har svarat',
  'answers.hide': 'Dölj vem som har svarat',
  'answers.who.coming': 'Kommer',
  'answers.who.digital': 'Digitalt',
  'answers.who.declined': 'Kan inte',
  'answers.who.unanswered': 'Har inte svarat',
  'answers.who.toConfirm': 'Svarade för den tidigare tiden',
  'answers.who.unreachable': 'Nås inte i personlig chatt',
} as const;

/** A key of the answer strings. */
export type AnswersMessageKey = keyof typeof svAnswers;

/** English answer strings: every Swedish key, checked by the compiler. */
export const enAnswers: Record<AnswersMessageKey, string> = {
  'answers.heading': 'Answers to the invitation',
  'answers.tally': '{coming} coming · {digital} online · {declined} can’t come · {unanswered} not answered',
  'answers.guests': ' (guests: {count})',
  'answers.toConfirm': ' · {count} answered for the earlier time',
  'answers.show': 'Show who answered',
  'answers.hide': 'Hide who answered',
  'answers.who.coming': 'Coming',
  'answers.who.digital': 'Online',
  'answers.who.declined': 'Can’t come',
  'answers.who.unanswered': 'Not answered',
  'answers.who.toConfirm': 'Answered for the earlier time',
  'answers.who.unreachable': 'Not reachable in personal chat',
};
