import type { Request, Server } from 'restify';
import { z } from 'zod';
import { NotFoundError } from '../domain/errors';
import { FOLLOW_UP_LIMITS, STATUS_COLOURS } from '../domain/follow-up';
import { isLocalDate } from '../domain/local-time';
import {
  addActivity, addLink, changeActivity, changeSubAssignment, completeSubAssignment, recordAssessment, type FollowUpDeps,
} from '../services/follow-up-editor';
import { exportFileName, followUpCsv, followUpWorkbook } from '../services/follow-up-export';
import { readCouncilOfChannel, readExport, readFollowUp, readOverview, readSubAssignment, type FollowUpReadDeps } from '../services/follow-up-reader';
import { apiRoute, parseInput, queryOf, thisYear, type ApiDeps, type FileReply } from './api-handler';
import type { Assessment } from './follow-up-contract';

/** What the follow-up routes need. */
export type FollowUpRoutesDeps = ApiDeps & FollowUpDeps & FollowUpReadDeps;

const Id = z.uuid();
const name = z.string().trim().min(1).max(FOLLOW_UP_LIMITS.name);
const text = z.string().trim().max(FOLLOW_UP_LIMITS.text);
const date = z.string().refine(isLocalDate, 'followUp.date');
const person = z.string().min(1).max(100);
const version = z.number().int().positive();

const YearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
const FollowUpQuery = YearQuery.extend({ status: z.enum(['ongoing', 'completed']).optional() });
const ChannelQuery = z.object({ channelId: z.string().min(1).max(300) });

const SubAssignmentPatchSchema = z.object({
  version, name: name.optional(), purpose: text.optional(), goal: text.optional(), measure: text.optional(),
  responsibleAadObjectId: person.nullable().optional(), startsOn: date.nullable().optional(), endsOn: date.nullable().optional(),
});
const ActivityInputSchema = z.object({ name, responsibleAadObjectId: person.optional(), dueOn: date.optional() });
const ActivityPatchSchema = z.object({
  version, name: name.optional(), responsibleAadObjectId: person.nullable().optional(), dueOn: date.nullable().optional(), done: z.boolean().optional(),
});
const LinkInputSchema = z.object({
  title: z.string().trim().min(1).max(FOLLOW_UP_LIMITS.linkTitle),
  url: z.string().trim().max(FOLLOW_UP_LIMITS.url).refine((u) => URL.canParse(u) && new URL(u).protocol === 'https:', 'followUp.url'),
});
const AssessmentInputSchema = z.object({
  target: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('assignment'), year: z.number().int().min(2000).max(2100) }),
    z.object({ kind: z.literal('subAssignment'), id: Id }),
    z.object({ kind: z.literal('activity'), id: Id }),
  ]),
  month: z.string().max(7),
  status: z.enum(STATUS_COLOURS, 'followUp.status'),
  comment: z.string().trim().max(FOLLOW_UP_LIMITS.comment),
});
const CompleteInputSchema = z.object({ version, finalReport: z.string().trim().min(1).max(FOLLOW_UP_LIMITS.finalReport) });

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An id in the path that is not one of ours names nothing: 404, like an id of another tenant. */
const idParam = (req: Request, name: string): string => {
  const id = Id.safeParse(req.params?.[name]);
  if (!id.success) throw new NotFoundError('followUp.notFound');
  return id.data;
};
/** The year asked for, or this year in Sweden. */
const yearOf = (year: number | undefined, now: Date) => year ?? thisYear(now);

/**
 * The tab's follow-up API (contract in `follow-up-contract.ts`): every route signed in, every action
 * authorized by the policies in the services, every query scoped to the signed-in user's tenant.
 * Changes answer the sub-assignment as it now is, so the tab redraws from one source.
 */
export function registerFollowUpRoutes(server: Server, deps: FollowUpRoutesDeps): void {
  const route = (path: string, handler: Parameters<typeof apiRoute>[2]) => apiRoute(deps, path, handler);

  server.get('/api/councils/by-channel', route('councils/by-channel', async (req, actor) =>
    readCouncilOfChannel(deps.db, actor, parseInput(ChannelQuery, queryOf(req)).channelId)));

  server.get('/api/councils/:councilId/overview', route('councils/overview', async (req, actor) =>
    readOverview(deps, actor, idParam(req, 'councilId'), yearOf(parseInput(YearQuery, queryOf(req)).year, deps.clock.now()))));

  server.get('/api/councils/:councilId/follow-up', route('councils/follow-up', async (req, actor) => {
    const { year, status } = parseInput(FollowUpQuery, queryOf(req));
    return readFollowUp(deps, actor, idParam(req, 'councilId'), yearOf(year, deps.clock.now()), status);
  }));

  server.put('/api/councils/:councilId/assessments', route('councils/assessments', async (req, actor): Promise<Assessment> => {
    const councilId = idParam(req, 'councilId');
    const input = parseInput(AssessmentInputSchema, req.body);
    const saved = await recordAssessment(deps, actor, councilId, input);
    return { month: saved.month, status: saved.status, comment: saved.comment, assessedBy: saved.assessedBy.name, assessedAt: saved.assessedAt.toISOString() };
  }));

  for (const format of ['xlsx', 'csv'] as const) {
    server.get(`/api/councils/:councilId/export.${format}`, route(`councils/export.${format}`, async (req, actor, speech): Promise<FileReply> => {
      const data = await readExport(deps, actor, idParam(req, 'councilId'), yearOf(parseInput(YearQuery, queryOf(req)).year, deps.clock.now()), speech);
      return format === 'xlsx'
        ? { file: await followUpWorkbook(data, speech.locale), fileName: exportFileName(data, 'xlsx'), contentType: XLSX }
        : { file: followUpCsv(data, speech.locale), fileName: exportFileName(data, 'csv'), contentType: 'text/csv; charset=utf-8' };
    }));
  }

  server.get('/api/sub-assignments/:id', route('sub-assignments', async (req, actor, speech) =>
    readSubAssignment(deps, actor, idParam(req, 'id'), speech)));

  server.patch('/api/sub-assignments/:id', route('sub-assignments/patch', async (req, actor, speech) => {
    const id = idParam(req, 'id');
    await changeSubAssignment(deps, actor, id, parseInput(SubAssignmentPatchSchema, req.body));
    return readSubAssignment(deps, actor, id, speech);
  }));

  server.post('/api/sub-assignments/:id/activities', route('sub-assignments/activities', async (req, actor, speech) => {
    const id = idParam(req, 'id');
    await addActivity(deps, actor, id, parseInput(ActivityInputSchema, req.body));
    return readSubAssignment(deps, actor, id, speech);
  }));

  server.post('/api/sub-assignments/:id/links', route('sub-assignments/links', async (req, actor, speech) => {
    const id = idParam(req, 'id');
    await addLink(deps, actor, id, parseInput(LinkInputSchema, req.body));
    return readSubAssignment(deps, actor, id, speech);
  }));

  server.post('/api/sub-assignments/:id/complete', route('sub-assignments/complete', async (req, actor, speech) => {
    const id = idParam(req, 'id');
    await completeSubAssignment(deps, actor, id, parseInput(CompleteInputSchema, req.body));
    return readSubAssignment(deps, actor, id, speech);
  }));

  server.patch('/api/activities/:id', route('activities/patch', async (req, actor, speech) => {
    const subAssignmentId = await changeActivity(deps, actor, idParam(req, 'id'), parseInput(ActivityPatchSchema, req.body));
    return readSubAssignment(deps, actor, subAssignmentId, speech);
  }));
}
