import type { Server } from 'restify';
import type { Assessment } from '../contract/common';
import {
  ActivityInputSchema,
  ActivityPatchSchema,
  AssessmentInputSchema,
  ChannelQuerySchema,
  CompleteInputSchema,
  EXPORT_FORMATS,
  FollowUpQuerySchema,
  LinkInputSchema,
  SubAssignmentPatchSchema,
} from '../contract/follow-up';
import type { Speech } from '../i18n';
import type { Actor } from '../domain/policies';
import { addActivity } from '../services/activity-adder';
import { changeActivity } from '../services/activity-changer';
import { recordAssessment } from '../services/assessment-recorder';
import { readCouncilOfChannel } from '../services/channel-council-reader';
import { readExport } from '../services/export-reader';
import { readFollowUp } from '../services/follow-up-reader';
import { addLink } from '../services/link-adder';
import { readOverview } from '../services/overview-reader';
import type { Clock } from '../services/ports';
import type { SignedLinks } from '../services/signed-links';
import { changeSubAssignment } from '../services/sub-assignment-changer';
import { completeSubAssignment } from '../services/sub-assignment-completer';
import { readSubAssignment } from '../services/sub-assignment-reader';
import type { Db } from '../store/db';
import { apiRoute, type ApiDeps, type FileReply } from './api-handler';
import { presentAssessment } from './presenters/common-presenter';
import { presentExport } from './presenters/export-presenter';
import { followUpCsv } from './presenters/follow-up-csv';
import { exportFileName } from './presenters/follow-up-export';
import { presentCouncilOfChannel, presentFollowUp, presentSubAssignment } from './presenters/follow-up-presenter';
import { followUpWorkbook } from './presenters/follow-up-workbook';
import { presentOverview } from './presenters/overview-presenter';
import { idParam, parseInput, queryOf, thisYear, yearOf } from './request-input';

/** What the follow-up routes need. */
export interface FollowUpRoutesDeps extends ApiDeps {
  db: Db;
  clock: Clock;
  /** The monthly reporting day (nth working day): a month is missing once it has passed. */
  reportingWorkday: number;
  links: () => SignedLinks;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The tab's follow-up API (contract in `contract/follow-up.ts`): every route signed in, every action
 * authorized by the policies in the services, every query scoped to the signed-in user's tenant.
 * Each route parses, runs one use case and presents its result. Changes answer the sub-assignment as it
 * now is, so the tab redraws from one source.
 */
export function registerFollowUpRoutes(server: Server, deps: FollowUpRoutesDeps): void {
  const route = (path: string, handler: Parameters<typeof apiRoute>[2]) => apiRoute(deps, path, handler);
  const { db, clock, reportingWorkday, links } = deps;
  const subAssignment = async (actor: Actor, id: string, speech: Speech) =>
    presentSubAssignment(await readSubAssignment({ db, clock, actor, id, reportingWorkday, links }), speech);

  server.get(
    '/api/councils/by-channel',
    route('councils/by-channel', async (req, actor) => {
      const { channelId } = parseInput(ChannelQuerySchema, queryOf(req));
      return presentCouncilOfChannel(await readCouncilOfChannel({ db, actor, channelId }));
    }),
  );

  server.get(
    '/api/councils/:councilId/overview',
    route('councils/overview', async (req, actor) => {
      const councilId = idParam(req, 'councilId', 'council.gone');
      return presentOverview(await readOverview({ db, clock, actor, councilId, year: yearOf(req, clock.now()), links }));
    }),
  );

  server.get(
    '/api/councils/:councilId/follow-up',
    route('councils/follow-up', async (req, actor) => {
      const { year, status } = parseInput(FollowUpQuerySchema, queryOf(req));
      const councilId = idParam(req, 'councilId', 'council.gone');
      return presentFollowUp(await readFollowUp({ db, clock, actor, councilId, year: year ?? thisYear(clock.now()), status, reportingWorkday }));
    }),
  );

  server.put(
    '/api/councils/:councilId/assessments',
    route('councils/assessments', async (req, actor): Promise<Assessment> => {
      const councilId = idParam(req, 'councilId', 'council.gone');
      const entry = parseInput(AssessmentInputSchema, req.body);
      return presentAssessment(await recordAssessment({ db, clock, actor, councilId, entry }));
    }),
  );

  for (const format of EXPORT_FORMATS) {
    server.get(
      `/api/councils/:councilId/export.${format}`,
      route(`councils/export.${format}`, async (req, actor, speech): Promise<FileReply> => {
        const councilId = idParam(req, 'councilId', 'council.gone');
        const data = presentExport(await readExport({ db, clock, actor, councilId, year: yearOf(req, clock.now()) }), speech);
        return format === 'xlsx'
          ? { file: await followUpWorkbook(data, speech.locale), fileName: exportFileName(data, 'xlsx'), contentType: XLSX }
          : { file: followUpCsv(data, speech.locale), fileName: exportFileName(data, 'csv'), contentType: 'text/csv; charset=utf-8' };
      }),
    );
  }

  server.get(
    '/api/sub-assignments/:id',
    route('sub-assignments', async (req, actor, speech) => subAssignment(actor, idParam(req, 'id', 'followUp.notFound'), speech)),
  );

  server.patch(
    '/api/sub-assignments/:id',
    route('sub-assignments/patch', async (req, actor, speech) => {
      const id = idParam(req, 'id', 'followUp.notFound');
      await changeSubAssignment({ db, clock, actor, id, change: parseInput(SubAssignmentPatchSchema, req.body) });
      return subAssignment(actor, id, speech);
    }),
  );

  server.post(
    '/api/sub-assignments/:id/activities',
    route('sub-assignments/activities', async (req, actor, speech) => {
      const id = idParam(req, 'id', 'followUp.notFound');
      await addActivity({ db, clock, actor, subAssignmentId: id, input: parseInput(ActivityInputSchema, req.body) });
      return subAssignment(actor, id, speech);
    }),
  );

  server.post(
    '/api/sub-assignments/:id/links',
    route('sub-assignments/links', async (req, actor, speech) => {
      const id = idParam(req, 'id', 'followUp.notFound');
      await addLink({ db, clock, actor, subAssignmentId: id, input: parseInput(LinkInputSchema, req.body) });
      return subAssignment(actor, id, speech);
    }),
  );

  server.post(
    '/api/sub-assignments/:id/complete',
    route('sub-assignments/complete', async (req, actor, speech) => {
      const id = idParam(req, 'id', 'followUp.notFound');
      await completeSubAssignment({ db, clock, actor, id, input: parseInput(CompleteInputSchema, req.body) });
      return subAssignment(actor, id, speech);
    }),
  );

  server.patch(
    '/api/activities/:id',
    route('activities/patch', async (req, actor, speech) => {
      const id = idParam(req, 'id', 'followUp.notFound');
      const changed = await changeActivity({ db, clock, actor, id, change: parseInput(ActivityPatchSchema, req.body) });
      return subAssignment(actor, changed.subAssignmentId, speech);
    }),
  );
}
