import type { Request, Server } from 'restify';
import type { Assessment } from '../contract/common';
import {
  ActivityInputSchema, ActivityPatchSchema, AssessmentInputSchema, ChannelQuerySchema, CompleteInputSchema, EXPORT_FORMATS, FollowUpQuerySchema,
  LinkInputSchema, SubAssignmentPatchSchema,
} from '../contract/follow-up';
import {
  addActivity, addLink, changeActivity, changeSubAssignment, completeSubAssignment, recordAssessment, type FollowUpDeps,
} from '../services/follow-up-editor';
import { exportFileName, followUpCsv, followUpWorkbook } from '../services/follow-up-export';
import { readCouncilOfChannel, readExport, readFollowUp, readOverview, readSubAssignment, type FollowUpReadDeps } from '../services/follow-up-reader';
import { apiRoute, type ApiDeps, type FileReply } from './api-handler';
import { idParam, parseInput, queryOf, thisYear, yearOf } from './request-input';

/** What the follow-up routes need. */
export type FollowUpRoutesDeps = ApiDeps & FollowUpDeps & FollowUpReadDeps;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The tab's follow-up API (contract in `contract/follow-up.ts`): every route signed in, every action
 * authorized by the policies in the services, every query scoped to the signed-in user's tenant.
 * Changes answer the sub-assignment as it now is, so the tab redraws from one source.
 */
export function registerFollowUpRoutes(server: Server, deps: FollowUpRoutesDeps): void {
  const route = (path: string, handler: Parameters<typeof apiRoute>[2]) => apiRoute(deps, path, handler);

  server.get('/api/councils/by-channel', route('councils/by-channel', async (req, actor) =>
    readCouncilOfChannel(deps.db, actor, parseInput(ChannelQuerySchema, queryOf(req)).channelId)));

  server.get('/api/councils/:councilId/overview', route('councils/overview', async (req, actor) =>
    readOverview(deps, actor, idParam(req, 'councilId', 'council.gone'), yearOf(req, deps.clock.now()))));

  server.get('/api/councils/:councilId/follow-up', route('councils/follow-up', async (req, actor) => {
    const { year, status } = parseInput(FollowUpQuerySchema, queryOf(req));
    return readFollowUp(deps, actor, idParam(req, 'councilId', 'council.gone'), year ?? thisYear(deps.clock.now()), status);
  }));

  server.put('/api/councils/:councilId/assessments', route('councils/assessments', async (req, actor): Promise<Assessment> => {
    const councilId = idParam(req, 'councilId', 'council.gone');
    const input = parseInput(AssessmentInputSchema, req.body);
    const saved = await recordAssessment(deps, actor, councilId, input);
    return { month: saved.month, status: saved.status, comment: saved.comment, assessedBy: saved.assessedBy.name, assessedAt: saved.assessedAt.toISOString() };
  }));

  for (const format of EXPORT_FORMATS) {
    server.get(`/api/councils/:councilId/export.${format}`, route(`councils/export.${format}`, async (req, actor, speech): Promise<FileReply> => {
      const data = await readExport(deps, actor, idParam(req, 'councilId', 'council.gone'), yearOf(req, deps.clock.now()), speech);
      return format === 'xlsx'
        ? { file: await followUpWorkbook(data, speech.locale), fileName: exportFileName(data, 'xlsx'), contentType: XLSX }
        : { file: followUpCsv(data, speech.locale), fileName: exportFileName(data, 'csv'), contentType: 'text/csv; charset=utf-8' };
    }));
  }

  server.get('/api/sub-assignments/:id', route('sub-assignments', async (req, actor, speech) =>
    readSubAssignment(deps, actor, idParam(req, 'id', 'followUp.notFound'), speech)));

  server.patch('/api/sub-assignments/:id', route('sub-assignments/patch', async (req, actor, speech) => {
    const id = idParam(req, 'id', 'followUp.notFound');
    await changeSubAssignment(deps, actor, id, parseInput(SubAssignmentPatchSchema, req.body));
    return readSubAssignment(deps, actor, id, speech);
  }));

  server.post('/api/sub-assignments/:id/activities', route('sub-assignments/activities', async (req, actor, speech) => {
    const id = idParam(req, 'id', 'followUp.notFound');
    await addActivity(deps, actor, id, parseInput(ActivityInputSchema, req.body));
    return readSubAssignment(deps, actor, id, speech);
  }));

  server.post('/api/sub-assignments/:id/links', route('sub-assignments/links', async (req, actor, speech) => {
    const id = idParam(req, 'id', 'followUp.notFound');
    await addLink(deps, actor, id, parseInput(LinkInputSchema, req.body));
    return readSubAssignment(deps, actor, id, speech);
  }));

  server.post('/api/sub-assignments/:id/complete', route('sub-assignments/complete', async (req, actor, speech) => {
    const id = idParam(req, 'id', 'followUp.notFound');
    await completeSubAssignment(deps, actor, id, parseInput(CompleteInputSchema, req.body));
    return readSubAssignment(deps, actor, id, speech);
  }));

  server.patch('/api/activities/:id', route('activities/patch', async (req, actor, speech) => {
    const subAssignmentId = await changeActivity(deps, actor, idParam(req, 'id', 'followUp.notFound'), parseInput(ActivityPatchSchema, req.body));
    return readSubAssignment(deps, actor, subAssignmentId, speech);
  }));
}
