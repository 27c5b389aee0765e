/** The commands the bot understands in a message, Swedish words first, English aliases second. */
export type Command =
  | { name: 'help' }
  | { name: 'council' }
  | { name: 'plan'; year?: number }
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
};

/** Strips Teams' `<at>…</at>` mention markup, HTML tags and entities, and surrounding whitespace. */
export function stripMentions(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Reads the command from a message's text (mentions removed); the first word decides. */
export function parseCommand(text: string | undefined): Command {
  const clean = stripMentions(text ?? '');
  const first = clean.split(' ')[0]?.toLowerCase() ?? '';
  const name = words[first];
  if (name === 'help' || name === 'council') return { name };
  if (name === 'plan') {
    const year = clean.split(' ')[1];
    if (year === undefined) return { name };
    return /^\d{4}$/.test(year) ? { name, year: Number(year) } : { name: 'unknown', text: clean.slice(0, 60) };
  }
  return { name: 'unknown', text: clean.slice(0, 60) };
}
