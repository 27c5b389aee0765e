import type { Server } from 'restify';
import { z } from 'zod';
import { AreaHeadsInputSchema, GoodExampleChoiceSchema } from '../contract/area';
import { NotFoundError } from '../domain/errors';
import { AREAS } from '../domain/vocabulary';
import { readAreaHeads } from '../services/area-heads-reader';
import { setAreaHeads } from '../services/area-heads-setter';
import { readAreaOverview } from '../services/area-overview-reader';
import { chooseGoodExample } from '../services/good-example-chooser';
import { readGoodExamples } from '../services/good-examples-reader';
import type { Clock } from '../services/ports';
import type { Db } from '../store/db';
import { apiRoute, type ApiDeps, type FileReply } from './api-handler';
import { presentAreaHeads, presentAreaOverview, presentGoodExamples } from './presenters/area-presenter';
import { renderGoodExamplesDocument } from './presenters/good-examples-document';
import { idParam, paramOf, parseInput, yearOf } from './request-input';

/** What the area routes need. */
export interface AreaRoutesDeps extends ApiDeps {
  db: Db;
  clock: Clock;
  /** The tenant's app admins, by Entra object id (`APP_ADMIN_IDS`). */
  adminIds: readonly string[];
  /** The monthly reporting day (nth working day). */
  reportingWorkday: number;
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The area head's overview (personal tab) and the admin page naming area heads: signed in, authorized
 * by the policies (`followArea`, `administer`), scoped to the signed-in user's tenant. Each route
 * parses, runs one use case and presents its result.
 */
export function registerAreaRoutes(server: Server, deps: AreaRoutesDeps): void {
  const route = (path: string, handler: Parameters<typeof apiRoute>[2]) => apiRoute(deps, path, handler);
  const { db, clock, adminIds, reportingWorkday } = deps;

  server.get(
    '/api/areas/overview',
    route('areas/overview', async (req, actor) =>
      presentAreaOverview(await readAreaOverview({ db, clock, actor, year: yearOf(req, clock.now()), adminIds, reportingWorkday })),
    ),
  );

  server.get(
    '/api/areas/good-examples',
    route('areas/good-examples', async (req, actor) => presentGoodExamples(await readGoodExamples({ db, actor, year: yearOf(req, clock.now()) }))),
  );

  server.get(
    '/api/areas/good-examples.docx',
    route('areas/good-examples.docx', async (req, actor, speech): Promise<FileReply> => {
      const chosen = await readGoodExamples({ db, actor, year: yearOf(req, clock.now()), chosenOnly: true });
      const { file, fileName } = await renderGoodExamplesDocument(chosen, speech);
      return { file, fileName, contentType: DOCX };
    }),
  );

  server.put(
    '/api/areas/good-examples/:subAssignmentId',
    route('areas/good-examples/choose', async (req, actor) => {
      const subAssignmentId = idParam(req, 'subAssignmentId', 'followUp.notFound');
      await chooseGoodExample({ db, clock, actor, subAssignmentId, chosen: parseInput(GoodExampleChoiceSchema, req.body).chosen });
      return presentGoodExamples(await readGoodExamples({ db, actor, year: yearOf(req, clock.now()) }));
    }),
  );

  server.get(
    '/api/admin/area-heads',
    route('admin/area-heads', async (_req, actor) => presentAreaHeads(await readAreaHeads({ db, actor, adminIds }))),
  );

  server.put(
    '/api/admin/area-heads/:area',
    route('admin/area-heads/set', async (req, actor) => {
      const area = z.enum(AREAS).safeParse(paramOf(req, 'area'));
      if (!area.success) throw new NotFoundError('area.notFound');
      const { heads } = parseInput(AreaHeadsInputSchema, req.body);
      return presentAreaHeads(await setAreaHeads({ db, clock, actor, adminIds, area: area.data, heads }));
    }),
  );
}
