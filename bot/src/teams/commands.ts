/** The commands the bot understands in a message, Swedish words first, English aliases second. */
export type Command =
  | { name: 'help' }
  | { name: 'council' }
  | { name: 'plan'; year?: number }
  /** `förslag <text>`; without text the form; `anonymt` first asks for anonymity (not possible by message). */
  | { name: 'propose'; text: string; anonymous: boolean }
  | { name: 'proposals' }
  /** `anteckningar`: the minutes of today's meeting, or of an extra meeting held now. */
  | { name: 'minutes' }
  | { name: 'unknown'; text: string };

const words: Record<string, Command['name']> = {
  hjälp: 'help',
  hjalp: 'help',
  help: 'help',
  '?': 'help',
  råd: 'council',
  rad: 'council',
  kvalitetsråd: 'council',
  council: 'council',
  planera: 'plan',
  plan: 'plan',
  tidsplan: 'plan',
  schedule: 'plan',
  förslag: 'propose',
  forslag: 'propose',
  förbättringsförslag: 'propose',
  propose: 'propose',
  proposal: 'propose',
  anteckningar: 'minutes',
  mötesanteckningar: 'minutes',
  protokoll: 'minutes',
  minutes: 'minutes',
};

const LIST_WORDS = new Set(['lista', 'list']);
const ANONYMOUS_WORDS = new Set(['anonymt', 'anonym', 'anonymous', 'anonymously']);

/** Strips Teams' `<at>…</at>` mention markup, HTML tags and entities, and surrounding whitespace. */
export function stripMentions(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Reads the command from a message's text (mentions removed); the first word decides. */
export function parseCommand(text: string | undefined): Command {
  const clean = stripMentions(text ?? '');
  const first = (clean.split(' ')[0] ?? '').toLowerCase().replace(/[:,.!]+$/, '');
  const name = words[first];
  if (name === 'help' || name === 'council' || name === 'minutes') return { name };
  if (name === 'propose') {
    const rest = clean.slice(clean.indexOf(' ') + 1 || clean.length).trim();
    const [second = ''] = rest.split(' ');
    if (LIST_WORDS.has(second.toLowerCase()) && rest.length === second.length) return { name: 'proposals' };
    const anonymous = ANONYMOUS_WORDS.has(second.toLowerCase());
    return { name, anonymous, text: anonymous ? rest.slice(second.length).trim() : rest };
  }
  if (name === 'plan') {
    const year = clean.split(' ')[1];
    if (year === undefined) return { name };
    return /^\d{4}$/.test(year) ? { name, year: Number(year) } : { name: 'unknown', text: clean.slice(0, 60) };
  }
  return { name: 'unknown', text: clean.slice(0, 60) };
}
