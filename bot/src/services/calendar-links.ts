import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long after a meeting its calendar link still works. */
export const CALENDAR_LINK_GRACE_MS = 30 * 24 * 3600 * 1000;

/** Signs and checks the calendar links on invitation cards: opened without sign-in, so never guessable. */
export interface CalendarLinks {
  /** The link to a meeting's `.ics`, valid until `expiresAt`. */
  urlFor(tenantId: string, meetingId: string, expiresAt: Date): string;
  /** True when the signature matches and the link has not expired at `now`. */
  verify(tenantId: string, meetingId: string, exp: string, sig: string, now: Date): boolean;
}

/** Calendar links under `baseUrl`, signed with HMAC-SHA256 over tenant, meeting and expiry. */
export function calendarLinks(baseUrl: string, key: string): CalendarLinks {
  const sign = (tenantId: string, meetingId: string, exp: string) =>
    createHmac('sha256', key).update(`${tenantId}\n${meetingId}\n${exp}`).digest('base64url');
  return {
    urlFor(tenantId, meetingId, expiresAt) {
      const exp = String(Math.floor(expiresAt.getTime() / 1000));
      const path = `/api/calendar/${encodeURIComponent(tenantId)}/${meetingId}.ics`;
      return `${baseUrl.replace(/\/$/, '')}${path}?exp=${exp}&sig=${sign(tenantId, meetingId, exp)}`;
    },
    verify(tenantId, meetingId, exp, sig, now) {
      if (!/^\d{1,12}$/.test(exp) || Number(exp) * 1000 < now.getTime()) return false;
      const expected = Buffer.from(sign(tenantId, meetingId, exp));
      const given = Buffer.from(sig);
      return given.length === expected.length && timingSafeEqual(given, expected);
    },
  };
}
