/**
 * What every part of the tab API shares: the refusal every route answers, the references to a council
 * and a person, what the signed-in user may do, one monthly assessment, and the fields requests are made
 * of. Schemas are zod; each type is derived from its schema (`z.infer`), so the server's validation and
 * the tab's types cannot drift apart. The tab imports these as types only (`import type`).
 *
 * Dates are `YYYY-MM-DD`, months `YYYY-MM`, instants ISO 8601 in UTC.
 */
import { z } from 'zod';
import { ERROR_CODES } from '../domain/errors';
import { isLocalDate } from '../domain/local-time';
import { AREAS, COUNCIL_ROLES, STATUS_COLOURS } from '../domain/vocabulary';

/**
 * A refusal. `code` is the error catalogue's stable code (`domain/errors.ts`). `field` names the input the message belongs to (e.g. `name`, `dueOn`, `finalReport`).
 * `ConsentRequired` (403): Microsoft Graph may not be used for this user yet; the tab offers the
 * Teams consent flow (`/auth/consent-start`), and the message says the .ics files still work.
 */
export const ApiErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  field: z.string().optional(),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;
/** The stable codes a refusal carries. */
export type ApiErrorCode = ApiError['code'];

/** An id in a path or body: a UUID. */
export const IdSchema = z.uuid();
/** A calendar date `YYYY-MM-DD` that exists. */
export const LocalDateSchema = z.string().refine(isLocalDate, 'followUp.date');
/** The version a change was made against (optimistic concurrency). */
export const VersionSchema = z.number().int().positive();
/** A year the product plans in. */
export const YearSchema = z.number().int().min(2000).max(2100);
/** `?year=YYYY`: the year asked for; absent means "the year the route means by default". */
export const YearQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
export type YearQuery = z.infer<typeof YearQuerySchema>;
/** An Entra object id as the tab sends it back (of a person the server listed). */
export const PersonIdSchema = z.string().min(1).max(100);

/** A person of the council (or the unit) who can be made responsible. */
export const PersonRefSchema = z.object({ aadObjectId: z.string(), name: z.string() });
export type PersonRef = z.infer<typeof PersonRefSchema>;

/** The council a view is about. */
export const CouncilRefSchema = z.object({ id: z.string(), unitName: z.string(), area: z.enum(AREAS), timeZone: z.string() });
export type CouncilRef = z.infer<typeof CouncilRefSchema>;

/** What the signed-in user may do on this council in the tab. */
export const PermissionsSchema = z.object({
  /** Manager: edit sub-assignments, assess, final-report, export. */
  manage: z.boolean(),
  /** Council member or manager: add activities and edit the activities they are responsible for. */
  contribute: z.boolean(),
});
export type Permissions = z.infer<typeof PermissionsSchema>;

/** One monthly status assessment (lägesbedömning). */
export const AssessmentSchema = z.object({
  month: z.string(),
  status: z.enum(STATUS_COLOURS),
  comment: z.string(),
  assessedBy: z.string(),
  assessedAt: z.string(),
});
export type Assessment = z.infer<typeof AssessmentSchema>;

/** A council the signed-in user leads or sits in. */
export const MyCouncilSchema = z.object({ id: z.string(), unitName: z.string(), area: z.enum(AREAS), role: z.enum(COUNCIL_ROLES) });

/** `GET /api/me`: who is signed in and the councils they lead or sit in, in their tenant. */
export const MeResponseSchema = z.object({ name: z.string(), tenantId: z.string(), councils: z.array(MyCouncilSchema) });
export type MeResponse = z.infer<typeof MeResponseSchema>;

/** Local mode only: `GET /api/dev/users` lists the mock tenant's people, `POST /api/dev/sign-in` `{ aadObjectId }` answers `{ token }`. */
export const DevUserSchema = z.object({ aadObjectId: z.string(), name: z.string(), tenantId: z.string() });
export type DevUser = z.infer<typeof DevUserSchema>;
/** `POST /api/dev/sign-in` body. */
export const DevSignInSchema = z.object({ aadObjectId: z.string().min(1).max(100) });
