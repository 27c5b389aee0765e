import { createHmac, timingSafeEqual } from 'node:crypto';

/** The two ways the whole minutes are opened from a card. */
export type MinutesFormat = 'docx' | 'html';

/** How long a minutes link on a card works: a year, as the minutes are the year's record. */
export const MINUTES_LINK_MS = 400 * 24 * 3600 * 1000;

/** How long after a meeting its calendar link still works. */
export const CALENDAR_LINK_GRACE_MS = 30 * 24 * 3600 * 1000;

/**
 * Signs and checks the links on cards that are opened in a browser without sign-in, so never
 * guessable: the calendar file on invitations, and the whole minutes (Word or a web page).
 */
export interface SignedLinks {
  /** The address users' browsers reach the server at (the tab is under `/tab/`). */
  readonly baseUrl: string;
  /** The link to a meeting's minutes as a Word document or a web page, valid until `expiresAt`. */
  minutesUrlFor(tenantId: string, minutesId: string, format: MinutesFormat, expiresAt: Date): string;
  /** True when a minutes link's signature matches and it has not expired at `now`. */
  verifyMinutes(tenantId: string, minutesId: string, format: MinutesFormat, exp: string, sig: string, now: Date): boolean;
  /** The link to a meeting's `.ics`, valid until `expiresAt`. */
  urlFor(tenantId: string, meetingId: string, expiresAt: Date): string;
  /** True when the signature matches and the link has not expired at `now`. */
  verify(tenantId: string, meetingId: string, exp: string, sig: string, now: Date): boolean;
}

/** Calendar links under `baseUrl`, signed with HMAC-SHA256 over tenant, meeting and expiry. */
export function signedLinks(baseUrl: string, key: string): SignedLinks {
  const sign = (tenantId: string, meetingId: string, exp: string) =>
    createHmac('sha256', key).update(`${tenantId}\n${meetingId}\n${exp}`).digest('base64url');
  const signMinutes = (tenantId: string, minutesId: string, format: MinutesFormat, exp: string) =>
    createHmac('sha256', key).update(`minutes\n${format}\n${tenantId}\n${minutesId}\n${exp}`).digest('base64url');
  const check = (expected: string, exp: string, sig: string, now: Date) => {
    if (!/^\d{1,12}$/.test(exp) || Number(exp) * 1000 < now.getTime()) return false;
    const want = Buffer.from(expected);
    const given = Buffer.from(sig);
    return given.length === want.length && timingSafeEqual(given, want);
  };
  return {
    baseUrl: baseUrl.replace(/\/$/, ''),
    minutesUrlFor(tenantId, minutesId, format, expiresAt) {
      const exp = String(Math.floor(expiresAt.getTime() / 1000));
      const path = `/api/minutes/${encodeURIComponent(tenantId)}/${minutesId}.${format}`;
      return `${baseUrl.replace(/\/$/, '')}${path}?exp=${exp}&sig=${signMinutes(tenantId, minutesId, format, exp)}`;
    },
    verifyMinutes(tenantId, minutesId, format, exp, sig, now) {
      return check(signMinutes(tenantId, minutesId, format, exp), exp, sig, now);
    },
    urlFor(tenantId, meetingId, expiresAt) {
      const exp = String(Math.floor(expiresAt.getTime() / 1000));
      const path = `/api/calendar/${encodeURIComponent(tenantId)}/${meetingId}.ics`;
      return `${baseUrl.replace(/\/$/, '')}${path}?exp=${exp}&sig=${sign(tenantId, meetingId, exp)}`;
    },
    verify(tenantId, meetingId, exp, sig, now) {
      return check(sign(tenantId, meetingId, exp), exp, sig, now);
    },
  };
}
